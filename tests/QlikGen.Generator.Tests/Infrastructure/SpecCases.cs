using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace QlikGen.Generator.Tests.Infrastructure;

/// <summary>The specs the golden and compile tests run over, and how their diagnostics are printed.</summary>
internal static class SpecCases
{
    /// <summary>Well-formed specs: the bundled one and the focused ones under Specs/.</summary>
    public static IEnumerable<object[]> WellFormed()
    {
        yield return new object[] { "licenses" };
        foreach (var file in Directory.GetFiles(RepoPaths.Specs, "*.json").OrderBy(f => f, System.StringComparer.Ordinal))
        {
            yield return new object[] { Path.GetFileNameWithoutExtension(file) };
        }
    }

    /// <summary>Specs that are broken in one way each, under Specs/Malformed/.</summary>
    public static IEnumerable<object[]> Malformed()
        => Directory.GetFiles(Path.Combine(RepoPaths.Specs, "Malformed"), "*.json")
            .OrderBy(f => f, System.StringComparer.Ordinal)
            .Select(f => new object[] { Path.GetFileNameWithoutExtension(f) });

    public static SpecInput Load(string name)
        => name == "licenses"
            ? GeneratorHarness.Spec(RepoPaths.LicensesSpec, "QlikGen.Licenses", "LicensesClient")
            : GeneratorHarness.Spec(File.Exists(Path.Combine(RepoPaths.Specs, name + ".json"))
                ? Path.Combine(RepoPaths.Specs, name + ".json")
                : Path.Combine(RepoPaths.Specs, "Malformed", name + ".json"));

    /// <summary>One line per diagnostic: id, severity, file(line,column) and message; stable across machines.</summary>
    public static string Print(IEnumerable<Diagnostic> diagnostics)
        => string.Join("\n", diagnostics
            .Select(d =>
            {
                var span = d.Location.GetLineSpan();
                var file = Path.GetFileName(span.Path);
                return $"{d.Id} {d.DefaultSeverity} {file}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
            })
            .OrderBy(line => line, System.StringComparer.Ordinal)) + "\n";
}
