using System;
using Microsoft.CodeAnalysis;

namespace QlikGen.Generator.Diagnostics;

/// <summary>The descriptor of every QLIKGEN diagnostic: title, message, category, default severity and help link.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "QlikGen.Generator";
    private const string HelpBase = "https://github.com/qlikgen/qlikgen/blob/main/docs/diagnostics/";

    public static readonly DiagnosticDescriptor UnreadableSpec = Create(
        DiagnosticIds.UnreadableSpec,
        "Qlik spec cannot be read",
        "The Qlik spec '{0}' cannot be read: {1}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnsupportedSpecVersion = Create(
        DiagnosticIds.UnsupportedSpecVersion,
        "Unsupported OpenAPI version",
        "The Qlik spec '{0}' is not an OpenAPI 3.0 document: {1}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnresolvedReference = Create(
        DiagnosticIds.UnresolvedReference,
        "Unresolved $ref",
        "'{0}' refers to '{1}', which the spec does not define; it is generated as raw JSON (JsonElement)",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnsupportedConstruct = Create(
        DiagnosticIds.UnsupportedConstruct,
        "Unsupported schema construct",
        "'{0}' uses {1}, which QlikGen does not type yet; it is generated as raw JSON (JsonElement)",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor SpecProblem = Create(
        DiagnosticIds.SpecProblem,
        "Problem in the Qlik spec",
        "The OpenAPI reader reports at '{0}': {1}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidOption = Create(
        DiagnosticIds.InvalidOption,
        "Invalid QlikGen option",
        "{0}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor OperationSkipped = Create(
        DiagnosticIds.OperationSkipped,
        "Operation or parameter skipped",
        "{0} {1}: {2}",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor NamespaceShared = Create(
        DiagnosticIds.NamespaceShared,
        "Two Qlik specs share a namespace",
        "The Qlik specs '{0}' and '{1}' both generate into namespace '{2}'; give each its own Namespace, or their types collide",
        DiagnosticSeverity.Error);

    public static DiagnosticDescriptor Get(string id) => id switch
    {
        DiagnosticIds.UnreadableSpec => UnreadableSpec,
        DiagnosticIds.UnsupportedSpecVersion => UnsupportedSpecVersion,
        DiagnosticIds.UnresolvedReference => UnresolvedReference,
        DiagnosticIds.UnsupportedConstruct => UnsupportedConstruct,
        DiagnosticIds.SpecProblem => SpecProblem,
        DiagnosticIds.InvalidOption => InvalidOption,
        DiagnosticIds.OperationSkipped => OperationSkipped,
        DiagnosticIds.NamespaceShared => NamespaceShared,
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "Unknown QlikGen diagnostic id."),
    };

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity)
        => new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id + ".md");
}
