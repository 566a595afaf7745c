namespace QlikGen.Analyzers;

/// <summary>The ids of the QlikGen usage rules, shared by the analyzer, the code fixes and the docs.</summary>
internal static class RuleIds
{
    public const string Experimental = "QLIK001";
    public const string Deprecated = "QLIK002";
}
