namespace QlikGen;

/// <summary>The values Qlik uses in its <c>x-qlik-stability</c> extension.</summary>
public static class QlikStabilityLevels
{
    /// <summary>May change or disappear without notice.</summary>
    public const string Experimental = "experimental";

    /// <summary>Covered by Qlik's API policy.</summary>
    public const string Stable = "stable";

    /// <summary>Stable and frozen: no further changes are planned.</summary>
    public const string Locked = "locked";
}
