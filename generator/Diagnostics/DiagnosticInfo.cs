using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using QlikGen.Generator.Model;

namespace QlikGen.Generator.Diagnostics;

/// <summary>
/// A diagnostic as a plain value: descriptor id, file position and message arguments.
/// Turned into a <see cref="Diagnostic"/> only when reported, so the pipeline stays equatable.
/// </summary>
internal sealed record DiagnosticInfo(
    string Id,
    string FilePath,
    int Start,
    int Length,
    int StartLine,
    int StartColumn,
    int EndLine,
    int EndColumn,
    EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(string id, string filePath, SpecPosition position, params string[] arguments)
        => new(id, filePath, position.Offset, position.Length, position.Line, position.Column, position.Line, position.Column + position.Length, new EquatableArray<string>(arguments));

    public Diagnostic ToDiagnostic()
    {
        var span = new TextSpan(Start, Length);
        var lines = new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn));
        var args = new object[Arguments.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = Arguments[i];
        }
        return Diagnostic.Create(DiagnosticDescriptors.Get(Id), Location.Create(FilePath, span, lines), args);
    }
}
