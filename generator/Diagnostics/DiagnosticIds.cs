namespace QlikGen.Generator.Diagnostics;

/// <summary>Every QLIKGEN diagnostic id, in one place.</summary>
internal static class DiagnosticIds
{
    public const string UnreadableSpec = "QLIKGEN001";
    public const string UnsupportedSpecVersion = "QLIKGEN002";
    public const string UnresolvedReference = "QLIKGEN003";
    public const string UnsupportedConstruct = "QLIKGEN004";
    public const string SpecProblem = "QLIKGEN005";
    public const string InvalidOption = "QLIKGEN006";
    public const string OperationSkipped = "QLIKGEN007";
    public const string NamespaceShared = "QLIKGEN008";
}
