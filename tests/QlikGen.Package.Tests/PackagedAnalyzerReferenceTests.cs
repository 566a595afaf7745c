using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using QlikGen.Package.Tests.Infrastructure;
using Xunit;

namespace QlikGen.Package.Tests;

/// <summary>
/// Every assembly in analyzers/dotnet/cs loads in every compiler host from the .NET 8 SDK / VS 17.8 on: it references
/// only what those hosts supply (at most the versions they ship) or what the package ships beside it.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class PackagedAnalyzerReferenceTests
{
    // What the compiler hosts of the .NET 8 SDK and Visual Studio 17.8 provide, at the highest version both load.
    private static readonly Dictionary<string, Version> HostSupplied = new(StringComparer.Ordinal)
    {
        ["netstandard"] = new(2, 0, 0, 0),
        ["Microsoft.CodeAnalysis"] = new(4, 8, 0, 0),
        ["Microsoft.CodeAnalysis.CSharp"] = new(4, 8, 0, 0),
        ["System.Collections.Immutable"] = new(7, 0, 0, 0),
        ["System.Memory"] = new(4, 0, 1, 2),
        ["System.Reflection.Metadata"] = new(7, 0, 0, 0),
        ["System.Runtime.CompilerServices.Unsafe"] = new(6, 0, 0, 0),
        // Only the code fixes use these, and only IDE hosts load code fixes; they ship Workspaces beside the compiler.
        ["Microsoft.CodeAnalysis.Workspaces"] = new(4, 8, 0, 0),
        ["Microsoft.CodeAnalysis.CSharp.Workspaces"] = new(4, 8, 0, 0),
    };

    private readonly PackedQlikGen _package;

    public PackagedAnalyzerReferenceTests(PackedQlikGen package) => _package = package;

    [Fact]
    public void TheCompilerNeverLoadsWorkspaces()
    {
        // The compiler loads the generator and the analyzers; they must not need the IDE-only Workspaces layer.
        foreach (var assembly in Assemblies().Where(a => a.Name is "QlikGen.Generator" or "QlikGen.Analyzers"))
        {
            Assert.DoesNotContain(assembly.References, r => r.Name.Contains("Workspaces", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void AnalyzerAssembliesReferenceOnlyHostOrShippedAssemblies()
    {
        var shipped = Assemblies().ToDictionary(a => a.Name, a => a.Version, StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var assembly in Assemblies())
        {
            foreach (var (name, version) in assembly.References)
            {
                if (shipped.TryGetValue(name, out var shippedVersion))
                {
                    if (version > shippedVersion)
                    {
                        problems.Add($"{assembly.Name} needs {name} {version}, the package ships {shippedVersion}");
                    }
                }
                else if (!HostSupplied.TryGetValue(name, out var hostVersion))
                {
                    problems.Add($"{assembly.Name} needs {name} {version}, which neither the compiler nor the package supplies");
                }
                else if (version > hostVersion)
                {
                    problems.Add($"{assembly.Name} needs {name} {version}, newer than the {hostVersion} older compilers supply");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.Contains("QlikGen.Generator", shipped.Keys);
        Assert.Contains("QlikGen.Analyzers", shipped.Keys);
        Assert.Contains("QlikGen.Analyzers.CodeFixes", shipped.Keys);
    }

    private IEnumerable<(string Name, Version Version, List<(string Name, Version Version)> References)> Assemblies()
    {
        using var zip = ZipFile.OpenRead(_package.PackagePath);
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("analyzers/", StringComparison.Ordinal) && e.FullName.EndsWith(".dll", StringComparison.Ordinal)))
        {
            using var copy = new MemoryStream();
            using (var source = entry.Open())
            {
                source.CopyTo(copy);
            }
            copy.Position = 0;
            using var pe = new PEReader(copy);
            var metadata = pe.GetMetadataReader();
            var definition = metadata.GetAssemblyDefinition();
            var references = metadata.AssemblyReferences
                .Select(h => metadata.GetAssemblyReference(h))
                .Select(r => (metadata.GetString(r.Name), r.Version))
                .ToList();
            yield return (metadata.GetString(definition.Name), definition.Version, references);
        }
    }
}
