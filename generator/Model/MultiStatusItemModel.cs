namespace QlikGen.Generator.Model;

/// <summary>How an item record of a 207 response maps to <c>IQlikMultiStatusItem</c>.</summary>
/// <param name="StatusProperty">The integer status property.</param>
/// <param name="StatusIsNullable">Whether that property is <c>int?</c> (a missing status reads as 0).</param>
/// <param name="CodeProperty">The string error-code property, or empty when the item has none.</param>
/// <param name="TitleProperty">The string error-title property, or empty when the item has none.</param>
internal sealed record MultiStatusItemModel(string StatusProperty, bool StatusIsNullable, string CodeProperty, string TitleProperty);
