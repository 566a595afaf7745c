namespace QlikGen.Generator.Model;

/// <summary>Where an operation parameter travels.</summary>
internal enum ParameterLocation
{
    Path,
    Query,
    Header,
}

/// <summary>One path, query or header parameter of an operation.</summary>
/// <param name="Name">The C# parameter name (camelCase, escaped).</param>
/// <param name="WireName">The name on the wire.</param>
/// <param name="Location">Path, query or header.</param>
/// <param name="Type">A scalar, an enum, or a list of those (query only).</param>
/// <param name="IsRequired">Required parameters come first and have no default.</param>
/// <param name="Description">The spec's description, or empty.</param>
/// <param name="IsDeprecated">Whether the spec marks the parameter deprecated.</param>
internal sealed record ParameterModel(
    string Name,
    string WireName,
    ParameterLocation Location,
    TypeRef Type,
    bool IsRequired,
    string Description,
    bool IsDeprecated);
