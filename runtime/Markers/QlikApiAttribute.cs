using System;

namespace QlikGen;

/// <summary>Names the Qlik API a generated type belongs to, e.g. <c>Licenses</c>.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum, AllowMultiple = false, Inherited = false)]
public sealed class QlikApiAttribute : Attribute
{
    /// <summary>Marks a type as part of the Qlik API <paramref name="name"/>.</summary>
    /// <param name="name">The API's short name, as diagnostics show it.</param>
    public QlikApiAttribute(string name) => Name = name;

    /// <summary>The API's short name.</summary>
    public string Name { get; }
}
