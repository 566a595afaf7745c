namespace QlikGen.Generator.Model;

/// <summary>The spec marks a member deprecated.</summary>
/// <param name="Replacement">The C# name of the member to use instead, or empty when the spec names none.</param>
internal sealed record DeprecationModel(string Replacement);
