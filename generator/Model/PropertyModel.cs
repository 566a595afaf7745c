namespace QlikGen.Generator.Model;

/// <summary>One property of a generated record.</summary>
/// <param name="Name">The C# property name.</param>
/// <param name="WireName">The JSON property name, kept exactly.</param>
/// <param name="Type">The property's type.</param>
/// <param name="IsRequired">Whether callers must set it (<c>required</c>) and responses must carry it.</param>
/// <param name="IsNullable">Whether the C# type carries <c>?</c>: optional, <c>nullable: true</c> or read-only.</param>
/// <param name="Description">The spec's description, or empty.</param>
/// <param name="Deprecation">The deprecation, when the spec marks the property deprecated.</param>
internal sealed record PropertyModel(
    string Name,
    string WireName,
    TypeRef Type,
    bool IsRequired,
    bool IsNullable,
    string Description,
    DeprecationModel? Deprecation);
