using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using QlikGen.Generator.Model;
using QlikGen.Generator.Naming;

namespace QlikGen.Generator.Parsing;

/// <summary>Reads the MSBuild metadata that marks an additional file as a QlikGen spec, and its options.</summary>
/// <remarks>
/// The package's build props turn every <c>&lt;QlikGenSpec Include="..." Namespace="..." ClientName="..."/&gt;</c>
/// (and the bundled Licenses spec) into an AdditionalFiles item with <c>QlikGenSpec="true"</c> that keeps its
/// <c>Namespace</c> and <c>ClientName</c> metadata; <c>CompilerVisibleItemMetadata</c> hands all three to the generator.
/// </remarks>
internal static class SpecOptionsReader
{
    private const string Prefix = "build_metadata.AdditionalFiles.";
    private const string IsSpecKey = Prefix + "QlikGenSpec";
    private const string NamespaceKey = Prefix + "Namespace";
    private const string ClientNameKey = Prefix + "ClientName";

    /// <summary>The spec file with its text and options, or null when the file is not marked as a QlikGen spec.</summary>
    public static SpecFile? Read(AdditionalText text, AnalyzerConfigOptionsProvider provider, System.Threading.CancellationToken cancellationToken)
    {
        var options = provider.GetOptions(text);
        if (!options.TryGetValue(IsSpecKey, out var isSpec) || !string.Equals(isSpec.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        options.TryGetValue(NamespaceKey, out var ns);
        options.TryGetValue(ClientNameKey, out var clientName);
        var errors = new List<string>();
        var specOptions = Resolve(text.Path, ns, clientName, errors);
        var content = text.GetText(cancellationToken)?.ToString();
        return new SpecFile(text.Path, content, specOptions, errors.ToEquatableArray());
    }

    /// <summary>Applies the defaults: namespace <c>QlikGen.{File}</c>, client <c>{File}Client</c>; invalid values fall back with an error.</summary>
    public static SpecOptions Resolve(string path, string? ns, string? clientName, List<string> errors)
    {
        var stem = Identifier.Pascal(Path.GetFileNameWithoutExtension(path) ?? "Api");
        var defaultNamespace = "QlikGen." + stem;
        var defaultClient = stem + "Client";

        ns = ns?.Trim();
        if (string.IsNullOrEmpty(ns))
        {
            ns = defaultNamespace;
        }
        else if (!Identifier.IsValidQualifiedName(ns!))
        {
            errors.Add($"Namespace '{ns}' of the Qlik spec '{Path.GetFileName(path)}' is not a valid C# namespace; using '{defaultNamespace}'");
            ns = defaultNamespace;
        }

        clientName = clientName?.Trim();
        if (string.IsNullOrEmpty(clientName))
        {
            clientName = defaultClient;
        }
        else if (!Identifier.IsValidQualifiedName(clientName!) || clientName!.Contains("."))
        {
            errors.Add($"ClientName '{clientName}' of the Qlik spec '{Path.GetFileName(path)}' is not a valid C# type name; using '{defaultClient}'");
            clientName = defaultClient;
        }

        var apiName = clientName!.EndsWith("Client", StringComparison.Ordinal) && clientName.Length > "Client".Length
            ? clientName.Substring(0, clientName.Length - "Client".Length)
            : clientName;
        return new SpecOptions(ns!, clientName, apiName);
    }
}
