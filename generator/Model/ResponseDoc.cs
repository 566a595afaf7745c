namespace QlikGen.Generator.Model;

/// <summary>A documented response status and its description, for the XML docs of a client method.</summary>
internal sealed record ResponseDoc(string Status, string Description);
