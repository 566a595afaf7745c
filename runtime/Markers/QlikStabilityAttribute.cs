using System;

namespace QlikGen;

/// <summary>The stability Qlik declares for an operation with its <c>x-qlik-stability</c> extension.</summary>
/// <remarks>
/// Generated members carry it only when the spec says something other than <c>stable</c>.
/// The QlikGen analyzers report <c>QLIK001</c> where code uses an <see cref="QlikStabilityLevels.Experimental"/> member.
/// </remarks>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface, AllowMultiple = false, Inherited = false)]
public sealed class QlikStabilityAttribute : Attribute
{
    /// <summary>Marks a member with the stability level the spec gives it.</summary>
    /// <param name="level">The spec's value, e.g. <c>experimental</c>; see <see cref="QlikStabilityLevels"/>.</param>
    public QlikStabilityAttribute(string level) => Level = level;

    /// <summary>The spec's stability value, e.g. <c>experimental</c>.</summary>
    public string Level { get; }

    /// <summary>Whether the level is <see cref="QlikStabilityLevels.Experimental"/>.</summary>
    public bool IsExperimental => string.Equals(Level, QlikStabilityLevels.Experimental, StringComparison.OrdinalIgnoreCase);
}
