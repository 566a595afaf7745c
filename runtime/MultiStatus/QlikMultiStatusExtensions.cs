using System;
using System.Collections.Generic;

namespace QlikGen;

/// <summary>Reads a 207 Multi-Status result at a glance: which items succeeded, which failed.</summary>
public static class QlikMultiStatusExtensions
{
    /// <summary>Whether an item's status is a 2xx success.</summary>
    public static bool IsSuccess(this IQlikMultiStatusItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Status is >= 200 and <= 299;
    }

    /// <summary>The items whose status is not a 2xx success, in response order.</summary>
    public static IReadOnlyList<TItem> Failures<TItem>(this IQlikMultiStatusResult<TItem> result)
        where TItem : IQlikMultiStatusItem
        => Select(result, success: false);

    /// <summary>The items whose status is a 2xx success, in response order.</summary>
    public static IReadOnlyList<TItem> Successes<TItem>(this IQlikMultiStatusResult<TItem> result)
        where TItem : IQlikMultiStatusItem
        => Select(result, success: true);

    /// <summary>Whether any item failed.</summary>
    public static bool HasFailures<TItem>(this IQlikMultiStatusResult<TItem> result)
        where TItem : IQlikMultiStatusItem
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var item in result.Items)
        {
            if (!item.IsSuccess())
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Throws <see cref="QlikMultiStatusException"/> carrying every failed item, if any item failed.</summary>
    /// <returns>The same result, for chaining.</returns>
    public static TResult EnsureAllSucceeded<TResult>(this TResult result)
        where TResult : IQlikMultiStatusResult<IQlikMultiStatusItem>
    {
        var failures = Select<IQlikMultiStatusItem>(result, success: false);
        if (failures.Count > 0)
        {
            throw new QlikMultiStatusException(result.Items.Count, failures);
        }
        return result;
    }

    private static IReadOnlyList<TItem> Select<TItem>(IQlikMultiStatusResult<TItem> result, bool success)
        where TItem : IQlikMultiStatusItem
    {
        ArgumentNullException.ThrowIfNull(result);
        var selected = new List<TItem>();
        foreach (var item in result.Items)
        {
            if (item.IsSuccess() == success)
            {
                selected.Add(item);
            }
        }
        return selected;
    }
}
