namespace QlikGen.Generator.Model;

/// <summary>A generated record: one per object schema, named or inline.</summary>
/// <param name="Name">The C# type name.</param>
/// <param name="SchemaName">Where it comes from in the spec: the component name or the owner path, for docs.</param>
/// <param name="Description">The schema's description, or empty.</param>
/// <param name="Properties">The properties in spec order.</param>
/// <param name="Deprecation">Set when the schema itself is deprecated.</param>
/// <param name="MultiStatus">Set on the response record of a 207 operation.</param>
/// <param name="MultiStatusItem">Set on the item record of a 207 response.</param>
internal sealed record RecordModel(
    string Name,
    string SchemaName,
    string Description,
    EquatableArray<PropertyModel> Properties,
    DeprecationModel? Deprecation,
    MultiStatusModel? MultiStatus,
    MultiStatusItemModel? MultiStatusItem);
