using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using QlikGen.Generator.Diagnostics;
using QlikGen.Generator.Tests.Infrastructure;
using Xunit;

namespace QlikGen.Generator.Tests;

/// <summary>A bad spec never crashes the generator: it becomes a located QLIKGEN diagnostic, and the rest still generates.</summary>
public sealed class DiagnosticsTests
{
    [Theory]
    [InlineData("invalid-json", "QLIKGEN001", 8)]
    [InlineData("not-openapi", "QLIKGEN001", 1)]
    [InlineData("openapi-31", "QLIKGEN002", 2)]
    [InlineData("swagger-2", "QLIKGEN002", 2)]
    [InlineData("dangling-ref", "QLIKGEN003", 20)]
    public void BadSpecBecomesADiagnosticAtItsLine(string spec, string id, int line)
    {
        var run = GeneratorHarness.Run(SpecCases.Load(spec));

        Assert.Null(run.Generator.Exception);
        var diagnostic = Assert.Single(run.Generator.Diagnostics, d => d.Id == id);
        var span = diagnostic.Location.GetLineSpan();
        Assert.EndsWith(spec + ".json", span.Path);
        Assert.Equal(line, span.StartLinePosition.Line + 1);
        Assert.True(diagnostic.Location.Kind == LocationKind.ExternalFile);
    }

    [Fact]
    public void DanglingReferenceStillGeneratesTheRest()
    {
        var run = GeneratorHarness.Run(SpecCases.Load("dangling-ref"));

        var thing = run.Output.GetTypeByMetadataName("QlikGen.DanglingRef.Thing");
        Assert.NotNull(thing);
        var owner = (IPropertySymbol)thing!.GetMembers("Owner").Single();
        Assert.Equal("System.Text.Json.JsonElement?", owner.Type.ToDisplayString());
        Assert.NotNull(run.Output.GetTypeByMetadataName("QlikGen.DanglingRef.DanglingRefClient"));
    }

    [Fact]
    public void UnsupportedConstructsAreReportedAndLeftOutOrRaw()
    {
        var run = GeneratorHarness.Run(SpecCases.Load("unsupported"));

        var ids = run.Generator.Diagnostics.Select(d => d.Id).OrderBy(i => i).ToList();
        Assert.Equal(new[] { "QLIKGEN004", "QLIKGEN007", "QLIKGEN007", "QLIKGEN007" }, ids);
        var client = run.Output.GetTypeByMetadataName("QlikGen.Unsupported.IUnsupportedClient")!;
        var getThing = (IMethodSymbol)client.GetMembers("GetThingAsync").Single();
        Assert.Equal(new[] { "id", "cancellationToken" }, getThing.Parameters.Select(p => p.Name));
        Assert.Empty(client.GetMembers("GetOrphanAsync"));
    }

    [Fact]
    public void MissingSpecFileIsAnErrorAtItsPath()
    {
        var driver = Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(
            new[] { new QlikGenGenerator().AsSourceGenerator() },
            new AdditionalText[] { new MissingText("/specs/missing.json") },
            GeneratorHarness.ParseOptions,
            new TestOptionsProvider(new Dictionary<string, IReadOnlyDictionary<string, string>> { ["/specs/missing.json"] = new SpecInput("/specs/missing.json", string.Empty).Metadata() }));

        var result = driver.RunGenerators(GeneratorHarness.CreateCompilation(GeneratorHarness.UserSource)).GetRunResult().Results.Single();

        Assert.Null(result.Exception);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("QLIKGEN001", diagnostic.Id);
        Assert.Equal("/specs/missing.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("does not exist", diagnostic.GetMessage());
    }

    [Fact]
    public void SeveralSpecsFailIndependently()
    {
        var run = GeneratorHarness.Run(SpecCases.Load("invalid-json"), SpecCases.Load("licenses"));

        Assert.Contains(run.Generator.Diagnostics, d => d.Id == "QLIKGEN001");
        Assert.NotNull(run.Output.GetTypeByMetadataName("QlikGen.Licenses.LicensesClient"));
    }

    [Fact]
    public void EveryDescriptorHasATitleCategoryAndHelpLink()
    {
        var ids = typeof(DiagnosticIds).GetFields().Select(f => (string)f.GetValue(null)!).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        foreach (var id in ids)
        {
            var descriptor = DiagnosticDescriptors.Get(id);
            Assert.Equal(id, descriptor.Id);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString()));
            Assert.Equal("QlikGen.Generator", descriptor.Category);
            Assert.EndsWith("/docs/diagnostics/" + id + ".md", descriptor.HelpLinkUri);
            Assert.True(System.IO.File.Exists(System.IO.Path.Combine(RepoPaths.Root, "docs", "diagnostics", id + ".md")), $"docs/diagnostics/{id}.md is missing");
        }
    }

    [Fact]
    public void ReleaseTrackingListsEveryRule()
    {
        var unshipped = System.IO.File.ReadAllText(System.IO.Path.Combine(RepoPaths.Root, "generator", "AnalyzerReleases.Unshipped.md"));
        foreach (var field in typeof(DiagnosticIds).GetFields())
        {
            Assert.Contains((string)field.GetValue(null)! + " |", unshipped);
        }
    }

    private sealed class MissingText : AdditionalText
    {
        public MissingText(string path) => Path = path;

        public override string Path { get; }

        // What the compiler hands over for an AdditionalFiles item whose file is not there.
        public override Microsoft.CodeAnalysis.Text.SourceText? GetText(System.Threading.CancellationToken cancellationToken = default) => null;
    }
}
