using Microsoft.CodeAnalysis;

namespace QlikGen.Analyzers;

/// <summary>
/// The QLIK rule descriptors. Each rule has two message shapes: one for a client method (naming its endpoint) and one
/// for any other member; they share the id, title, category, severity and help link.
/// </summary>
internal static class Descriptors
{
    public const string Category = "QlikGen.Usage";
    public const string HelpBase = "https://github.com/qlikgen/qlikgen/blob/main/docs/diagnostics/";

    private const string ExperimentalTitle = "Experimental Qlik API";
    private const string DeprecatedTitle = "Deprecated Qlik API";

    public static readonly DiagnosticDescriptor ExperimentalOperation = Create(
        RuleIds.Experimental,
        ExperimentalTitle,
        "'{0}' calls {1} {2}, which is experimental in the Qlik {3} API and may change without notice",
        "The spec marks this operation experimental (x-qlik-stability: experimental). Its request or response may change without notice.");

    public static readonly DiagnosticDescriptor ExperimentalMember = Create(
        RuleIds.Experimental,
        ExperimentalTitle,
        "'{0}' is experimental in the Qlik {1} API and may change without notice",
        "The spec marks this member experimental. It may change without notice.");

    public static readonly DiagnosticDescriptor DeprecatedOperation = Create(
        RuleIds.Deprecated,
        DeprecatedTitle,
        "'{0}' calls {1} {2}, which is deprecated in the Qlik {3} API{4}",
        "The spec marks this operation deprecated (deprecated: true or x-qlik-deprecated: true). It may be removed.");

    public static readonly DiagnosticDescriptor DeprecatedMember = Create(
        RuleIds.Deprecated,
        DeprecatedTitle,
        "'{0}' is deprecated in the Qlik {1} API{2}",
        "The spec marks this member deprecated (deprecated: true or x-qlik-deprecated: true). It may be removed; use its replacement where the spec names one.");

    private static DiagnosticDescriptor Create(string id, string title, string message, string description)
        => new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, description, HelpBase + id + ".md");
}
