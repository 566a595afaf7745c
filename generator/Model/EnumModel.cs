namespace QlikGen.Generator.Model;

/// <summary>A generated extensible enum: a struct over the wire string with the spec's values as known members.</summary>
/// <param name="Name">The C# type name.</param>
/// <param name="SchemaName">Where it comes from in the spec, for docs.</param>
/// <param name="Description">The schema's description, or empty.</param>
/// <param name="Members">The known values in spec order.</param>
internal sealed record EnumModel(string Name, string SchemaName, string Description, EquatableArray<EnumMemberModel> Members);

/// <summary>One known value of an extensible enum.</summary>
/// <param name="Name">The C# member name.</param>
/// <param name="Value">The wire value, kept exactly.</param>
internal sealed record EnumMemberModel(string Name, string Value);
