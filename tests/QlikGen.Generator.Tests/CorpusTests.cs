using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using QlikGen.Generator.Tests.Infrastructure;
using Xunit;

namespace QlikGen.Generator.Tests;

/// <summary>Bring-your-own specs: every real Qlik Cloud spec of the corpus generates code that compiles warning-free.</summary>
public sealed class CorpusTests
{
    public static IEnumerable<object[]> Specs()
    {
        // A missing corpus is a broken checkout, not a reason to pass: the theory then fails on the one row below.
        if (!Directory.Exists(RepoPaths.Corpus))
        {
            return new[] { new object[] { "(corpus missing at " + RepoPaths.Corpus + ")" } };
        }
        return Directory.GetFiles(RepoPaths.Corpus, "*.json").OrderBy(f => f, System.StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) });
    }

    [Fact]
    public void CorpusHasTheFiftyFourSpecs() => Assert.Equal(54, Specs().Count());

    [Theory]
    [MemberData(nameof(Specs))]
    public void SpecGeneratesCodeThatCompilesWithoutWarnings(string file)
    {
        var path = Path.Combine(RepoPaths.Corpus, file);
        Assert.True(File.Exists(path), file);

        var run = GeneratorHarness.Run(GeneratorHarness.Spec(path));

        Assert.Null(run.Generator.Exception);
        Assert.DoesNotContain(run.Generator.Diagnostics, d => d.Severity == DiagnosticSeverity.Error || d.DefaultSeverity == DiagnosticSeverity.Warning);
        Assert.NotEmpty(run.Generator.GeneratedSources);
        var diagnostics = run.CompileDiagnostics();
        Assert.True(diagnostics.Count == 0, GeneratorRun.Describe(diagnostics));
    }
}
