using System;

namespace QlikGen;

/// <summary>
/// Accepts the use of experimental Qlik API members in this whole assembly: the QlikGen analyzers then report no
/// <c>QLIK001</c>. The MSBuild property <c>&lt;QlikGenAcceptExperimental&gt;true&lt;/QlikGenAcceptExperimental&gt;</c> does the same.
/// </summary>
/// <example><code>[assembly: QlikGen.QlikAcceptExperimental(Justification = "We track the assignments API closely.")]</code></example>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
public sealed class QlikAcceptExperimentalAttribute : Attribute
{
    /// <summary>Why experimental APIs are acceptable here, for the reader of the code.</summary>
    public string? Justification { get; set; }
}
