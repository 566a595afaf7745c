using System.Linq;
using QlikGen.Generator.Tests.Infrastructure;
using Xunit;

namespace QlikGen.Generator.Tests;

/// <summary>End-to-end golden files: spec in, every generated file and diagnostic compared with its checked-in copy.</summary>
public sealed class GoldenTests
{
    [Theory]
    [MemberData(nameof(SpecCases.WellFormed), MemberType = typeof(SpecCases))]
    [MemberData(nameof(SpecCases.Malformed), MemberType = typeof(SpecCases))]
    public void GeneratedSourceMatchesGoldenFiles(string spec)
    {
        var run = GeneratorHarness.Run(SpecCases.Load(spec));

        Assert.Null(run.Generator.Exception);
        var files = run.Generator.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        files["diagnostics.txt"] = SpecCases.Print(run.Generator.Diagnostics);
        Golden.VerifyFolder(spec, files);
    }

    [Fact]
    public void OutputIsDeterministic()
    {
        var first = GeneratorHarness.Run(SpecCases.Load("licenses")).Generator.GeneratedSources;
        var second = GeneratorHarness.Run(SpecCases.Load("licenses")).Generator.GeneratedSources;

        Assert.Equal(first.Select(s => s.HintName), second.Select(s => s.HintName));
        Assert.Equal(first.Select(s => s.SourceText.ToString()), second.Select(s => s.SourceText.ToString()));
    }
}
