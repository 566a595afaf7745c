using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using QlikGen.Package.Tests.Infrastructure;
using Xunit;

namespace QlikGen.Package.Tests;

/// <summary>One package holds everything: runtime, generator with its dependencies, build props, the bundled spec.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageContentTests
{
    private readonly PackedQlikGen _package;

    public PackageContentTests(PackedQlikGen package) => _package = package;

    [Fact]
    public void PackingTheSolutionWritesOnePackage()
        => Assert.Equal(new[] { "QlikGen." + _package.Version + ".nupkg" }, Directory.GetFiles(_package.Folder, "*.nupkg").Select(Path.GetFileName));

    [Theory]
    [InlineData("lib/net8.0/QlikGen.dll")]
    [InlineData("lib/net8.0/QlikGen.xml")]
    [InlineData("lib/net10.0/QlikGen.dll")]
    [InlineData("lib/net10.0/QlikGen.xml")]
    [InlineData("analyzers/dotnet/cs/QlikGen.Generator.dll")]
    [InlineData("analyzers/dotnet/cs/Microsoft.OpenApi.dll")]
    [InlineData("analyzers/dotnet/cs/Microsoft.OpenApi.Readers.dll")]
    [InlineData("analyzers/dotnet/cs/SharpYaml.dll")]
    [InlineData("analyzers/dotnet/cs/QlikGen.Analyzers.dll")]
    [InlineData("analyzers/dotnet/cs/QlikGen.Analyzers.CodeFixes.dll")]
    [InlineData("build/QlikGen.props")]
    [InlineData("build/QlikGen.targets")]
    [InlineData("buildTransitive/QlikGen.props")]
    [InlineData("buildTransitive/QlikGen.targets")]
    [InlineData("spec/licenses.json")]
    [InlineData("README.md")]
    public void ContainsEntry(string entry)
    {
        using var zip = ZipFile.OpenRead(_package.PackagePath);
        Assert.Contains(entry, zip.Entries.Select(e => e.FullName));
    }

    [Fact]
    public void ShipsOneAnalyzerFolderAndNoStrayAssemblies()
    {
        using var zip = ZipFile.OpenRead(_package.PackagePath);
        var dlls = zip.Entries.Select(e => e.FullName).Where(n => n.EndsWith(".dll", StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(
            new[]
            {
                "analyzers/dotnet/cs/Microsoft.OpenApi.Readers.dll", "analyzers/dotnet/cs/Microsoft.OpenApi.dll", "analyzers/dotnet/cs/QlikGen.Analyzers.CodeFixes.dll",
                "analyzers/dotnet/cs/QlikGen.Analyzers.dll", "analyzers/dotnet/cs/QlikGen.Generator.dll",
                "analyzers/dotnet/cs/SharpYaml.dll", "lib/net10.0/QlikGen.dll", "lib/net8.0/QlikGen.dll",
            },
            dlls);
    }

    [Fact]
    public void BundledSpecIsTheRepositorysSpec()
    {
        using var zip = ZipFile.OpenRead(_package.PackagePath);
        using var reader = new StreamReader(zip.GetEntry("spec/licenses.json")!.Open());
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Root, "spec", "licenses.json")), reader.ReadToEnd());
    }

    [Fact]
    public void MetadataIsWhatAUserExpects()
    {
        using var zip = ZipFile.OpenRead(_package.PackagePath);
        using var stream = zip.GetEntry("QlikGen.nuspec")!.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;

        Assert.Equal("QlikGen", Value("id"));
        Assert.Equal(_package.Version, Value("version"));
        Assert.Contains("Qlik Cloud", Value("description"), StringComparison.Ordinal);
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.Contains("qlik", Value("tags").Split(' '));
        Assert.Contains("source-generator", Value("tags").Split(' '));
        Assert.StartsWith("https://", metadata.Elements().Single(e => e.Name.LocalName == "repository").Attribute("url")!.Value, StringComparison.Ordinal);
        // The generator travels inside the package, never as a dependency.
        Assert.DoesNotContain(metadata.Descendants().Where(e => e.Name.LocalName == "dependency"), d => true);
    }
}
