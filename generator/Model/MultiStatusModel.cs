namespace QlikGen.Generator.Model;

/// <summary>How a 207 response record exposes its per-item outcomes through the runtime's multi-status interfaces.</summary>
/// <param name="ItemsProperty">The list property of the response holding the items, e.g. <c>Data</c>.</param>
/// <param name="ItemType">The item record, e.g. <c>AssignmentsActionsAddResponseData</c>.</param>
/// <param name="ItemsIsNullable">Whether the list property is optional (a missing list reads as empty).</param>
internal sealed record MultiStatusModel(string ItemsProperty, string ItemType, bool ItemsIsNullable);
