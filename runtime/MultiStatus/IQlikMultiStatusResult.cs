using System.Collections.Generic;

namespace QlikGen;

/// <summary>A 207 Multi-Status response: one outcome per item of the request, successes and failures alike.</summary>
/// <typeparam name="TItem">The generated type of one item's outcome.</typeparam>
/// <remarks>Use <see cref="QlikMultiStatusExtensions"/> to see at a glance which items failed.</remarks>
public interface IQlikMultiStatusResult<out TItem>
    where TItem : IQlikMultiStatusItem
{
    /// <summary>Every item's outcome, in the order the service returned them.</summary>
    IReadOnlyList<TItem> Items { get; }
}
