namespace QlikGen.Generator.Model;

/// <summary>Which namespace a spec file generates into.</summary>
internal sealed record SpecNamespace(string Path, string Namespace);
