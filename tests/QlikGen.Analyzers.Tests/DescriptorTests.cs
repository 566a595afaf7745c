using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Xunit;

namespace QlikGen.Analyzers.Tests;

/// <summary>Every rule is documented: title, category, help link to a page in docs/, and release tracking.</summary>
public sealed class DescriptorTests
{
    private static readonly string Root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(ThisFile())!, "..", ".."));

    [Fact]
    public void EveryDescriptorHasATitleCategoryAndAWorkingHelpLink()
    {
        var descriptors = new QlikApiUsageAnalyzer().SupportedDiagnostics;
        Assert.Equal(new[] { "QLIK001", "QLIK002" }, descriptors.Select(d => d.Id).Distinct().OrderBy(i => i));
        foreach (var descriptor in descriptors)
        {
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString()));
            Assert.Equal("QlikGen.Usage", descriptor.Category);
            Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, descriptor.DefaultSeverity);
            Assert.EndsWith("/docs/diagnostics/" + descriptor.Id + ".md", descriptor.HelpLinkUri);
            var page = Path.Combine(Root, "docs", "diagnostics", descriptor.Id + ".md");
            Assert.True(File.Exists(page), page + " is missing");
            Assert.Contains("# " + descriptor.Id, File.ReadAllText(page));
        }
    }

    [Fact]
    public void ReleaseTrackingAndReadmeListEveryRule()
    {
        var unshipped = File.ReadAllText(Path.Combine(Root, "analyzers", "QlikGen.Analyzers", "AnalyzerReleases.Unshipped.md"));
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        foreach (var id in new[] { "QLIK001", "QLIK002" })
        {
            Assert.Contains(id + " |", unshipped);
            Assert.Contains("[" + id + "](docs/diagnostics/" + id + ".md)", readme);
        }
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
