using System;

namespace QlikGen;

/// <summary>Marks a generated client method with the Qlik REST operation it calls.</summary>
/// <remarks>Read by the QlikGen analyzers to name the endpoint in their diagnostics.</remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class QlikOperationAttribute : Attribute
{
    /// <summary>Marks a method as calling <paramref name="method"/> <paramref name="path"/>.</summary>
    /// <param name="method">The HTTP method, upper case, e.g. <c>POST</c>.</param>
    /// <param name="path">The path template as the spec writes it, e.g. <c>/licenses/status</c>.</param>
    public QlikOperationAttribute(string method, string path)
    {
        Method = method;
        Path = path;
    }

    /// <summary>The HTTP method, upper case.</summary>
    public string Method { get; }

    /// <summary>The path template as the spec writes it.</summary>
    public string Path { get; }

    /// <summary>The spec's <c>operationId</c>, when it has one.</summary>
    public string? OperationId { get; set; }
}
