using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Models;
using Microsoft.OpenApi.Readers;
using Microsoft.OpenApi.Readers.Exceptions;
using QlikGen.Generator.Diagnostics;
using QlikGen.Generator.Model;
using QlikGen.Generator.Naming;

namespace QlikGen.Generator.Parsing;

/// <summary>
/// Turns one spec file into an <see cref="ApiModel"/> and located diagnostics. Never throws: whatever goes wrong
/// becomes a QLIKGEN diagnostic pointing into the spec, and what can still be generated is.
/// </summary>
internal sealed partial class SpecParser
{
    private readonly SpecFile _file;
    private readonly string _text;
    private readonly CancellationToken _cancellationToken;
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly UniqueNames _typeNames;
    private readonly Dictionary<string, RecordBuilder> _records = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EnumModel> _enums = new(StringComparer.Ordinal);
    private OpenApiDocument _document = new();

    private SpecParser(SpecFile file, CancellationToken cancellationToken)
    {
        _file = file;
        _text = file.Text ?? string.Empty;
        _cancellationToken = cancellationToken;
        // Type names share a namespace with the client, its interface and the Serialization sub-namespace.
        // (A type named like the namespace's last part is fine: generated code names everything with global::.)
        _typeNames = new UniqueNames(
            new[] { file.Options.ClientName, "I" + file.Options.ClientName, "Serialization" },
            StringComparer.OrdinalIgnoreCase);
    }

    public static ParseResult Parse(SpecFile file, CancellationToken cancellationToken)
    {
        var parser = new SpecParser(file, cancellationToken);
        try
        {
            return parser.Run();
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            // Last line of defence: an exception escaping a generator drops all of its output (CS8785).
            parser.Report(DiagnosticIds.UnreadableSpec, SpecPosition.FileStart, Path.GetFileName(file.Path), "QlikGen failed on it (" + exception.GetType().Name + "): " + exception.Message);
            return new ParseResult(null, parser._diagnostics.ToEquatableArray());
        }
    }

    private ParseResult Run()
    {
        foreach (var error in _file.OptionErrors)
        {
            Report(DiagnosticIds.InvalidOption, SpecPosition.FileStart, error);
        }
        if (!Read())
        {
            return new ParseResult(null, _diagnostics.ToEquatableArray());
        }

        ParseComponents();
        var client = ParseClient();
        MarkMultiStatus(client);

        var records = _records.Values.Select(r => r.Build()).OrderBy(r => r.Name, StringComparer.Ordinal).ToEquatableArray();
        var enums = _enums.Values.OrderBy(e => e.Name, StringComparer.Ordinal).ToEquatableArray();
        return new ParseResult(new ApiModel(_file.Path, _file.Options, records, enums, client), _diagnostics.ToEquatableArray());
    }

    private bool Read()
    {
        var fileName = Path.GetFileName(_file.Path);
        if (_file.Text is null)
        {
            Report(DiagnosticIds.UnreadableSpec, SpecPosition.FileStart, fileName, "the file does not exist or could not be read");
            return false;
        }
        if (_text.TrimStart().StartsWith("{", StringComparison.Ordinal) && JsonLocator.FindSyntaxError(_text) is { } syntax)
        {
            Report(DiagnosticIds.UnreadableSpec, syntax.Position, fileName, "invalid JSON, " + syntax.Message);
            return false;
        }

        var isJson = _text.TrimStart().StartsWith("{", StringComparison.Ordinal);
        if (isJson && !JsonLocator.Exists(_text, "#/openapi") && !JsonLocator.Exists(_text, "#/swagger"))
        {
            Report(DiagnosticIds.UnreadableSpec, SpecPosition.FileStart, fileName, "it has no 'openapi' field, so it is not an OpenAPI document");
            return false;
        }

        OpenApiDiagnostic diagnostic;
        try
        {
            _document = new OpenApiStringReader(new OpenApiReaderSettings()).Read(_text, out diagnostic);
        }
        catch (OpenApiUnsupportedSpecVersionException exception)
        {
            Report(DiagnosticIds.UnsupportedSpecVersion, Locate("#/openapi"), fileName, exception.Message);
            return false;
        }
        catch (Exception exception)
        {
            Report(DiagnosticIds.UnreadableSpec, SpecPosition.FileStart, fileName, exception.Message);
            return false;
        }

        if (diagnostic.SpecificationVersion != OpenApiSpecVersion.OpenApi3_0)
        {
            Report(DiagnosticIds.UnsupportedSpecVersion, Locate("#/swagger"), fileName, "QlikGen reads OpenAPI 3.0 documents (Qlik publishes its specs as 3.0.x)");
            return false;
        }
        if (_document is null)
        {
            Report(DiagnosticIds.UnreadableSpec, SpecPosition.FileStart, fileName, "it is not an OpenAPI document");
            return false;
        }
        foreach (var error in diagnostic.Errors)
        {
            // Dangling references are reported once, where they are used, by the schema walk.
            if (error.Message.IndexOf("reference", StringComparison.OrdinalIgnoreCase) < 0)
            {
                Report(DiagnosticIds.SpecProblem, Locate(error.Pointer), error.Pointer ?? "#", error.Message);
            }
        }
        return true;
    }

    private void Report(string id, SpecPosition position, params string[] arguments)
        => _diagnostics.Add(DiagnosticInfo.Create(id, _file.Path, position, arguments));

    private SpecPosition Locate(string? pointer)
        => string.IsNullOrEmpty(pointer) || !_text.TrimStart().StartsWith("{", StringComparison.Ordinal)
            ? SpecPosition.FileStart
            : JsonLocator.Locate(_text, pointer!);

    private static string Escape(string segment) => segment.Replace("~", "~0").Replace("/", "~1");
}
