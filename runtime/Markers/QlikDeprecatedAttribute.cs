using System;

namespace QlikGen;

/// <summary>
/// Marks a generated member that the spec declares deprecated (<c>deprecated: true</c> or Qlik's <c>x-qlik-deprecated: true</c>).
/// </summary>
/// <remarks>The QlikGen analyzers report <c>QLIK002</c> where code uses such a member.</remarks>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class QlikDeprecatedAttribute : Attribute
{
    /// <summary>The name of the member to use instead, when the spec gives one (e.g. <c>Errors</c>).</summary>
    public string? Replacement { get; set; }

    /// <summary>Why the member is deprecated, when the spec says.</summary>
    public string? Message { get; set; }
}
