using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace QlikGen;

/// <summary>Some items of a 207 Multi-Status batch failed; <see cref="Failures"/> lists every one of them.</summary>
public sealed class QlikMultiStatusException : Exception
{
    /// <summary>Creates the exception from a batch's failed items.</summary>
    /// <param name="itemCount">How many items the batch had in all.</param>
    /// <param name="failures">The failed items, in response order.</param>
    public QlikMultiStatusException(int itemCount, IReadOnlyList<IQlikMultiStatusItem> failures)
        : base(FormatMessage(itemCount, failures))
    {
        ItemCount = itemCount;
        Failures = failures;
    }

    /// <summary>How many items the batch had in all.</summary>
    public int ItemCount { get; }

    /// <summary>Every failed item, in response order.</summary>
    public IReadOnlyList<IQlikMultiStatusItem> Failures { get; }

    private static string FormatMessage(int itemCount, IReadOnlyList<IQlikMultiStatusItem> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{failures.Count} of {itemCount} items failed");
        foreach (var item in failures)
        {
            text.Append(CultureInfo.InvariantCulture, $"; {item.Status}");
            if (item.Code is not null)
            {
                text.Append(' ').Append(item.Code);
            }
            if (item.Title is not null)
            {
                text.Append(' ').Append(item.Title);
            }
        }
        return text.ToString();
    }
}
