namespace QlikGen.Generator.Model;

/// <summary>The client of one spec and the names its JSON resolver lists.</summary>
internal sealed record ClientOutput(string Namespace, string ApiName, ClientModel Client, EquatableArray<string> TypeNames);
