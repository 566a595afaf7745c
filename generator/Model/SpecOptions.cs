namespace QlikGen.Generator.Model;

/// <summary>What MSBuild says about one spec file, reduced to plain values before it meets the file's text.</summary>
/// <param name="Namespace">The namespace of the generated types.</param>
/// <param name="ClientName">The client class name, e.g. <c>LicensesClient</c>; the interface adds an <c>I</c>.</param>
/// <param name="ApiName">The API's short name for docs and diagnostics, e.g. <c>Licenses</c>.</param>
internal sealed record SpecOptions(string Namespace, string ClientName, string ApiName);
