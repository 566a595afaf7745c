using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace QlikGen.Package.Tests.Infrastructure;

/// <summary>The solution packed once per test run, with the README's own command, into a folder of its own.</summary>
public sealed class PackedQlikGen : IAsyncLifetime
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "qlikgen-tests", "pack-" + Guid.NewGuid().ToString("N"));

    public string PackagePath { get; private set; } = string.Empty;

    public string Version { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        var pack = await DotNet.RunAsync(RepoPaths.Root, null, "pack", RepoPaths.Solution, "-c", "Release", "-o", Folder);
        Assert.True(pack.ExitCode == 0, pack.ToString());
        var packages = Directory.GetFiles(Folder, "*.nupkg");
        PackagePath = Assert.Single(packages);
        var name = Path.GetFileNameWithoutExtension(PackagePath);
        Assert.StartsWith("QlikGen.", name, StringComparison.Ordinal);
        Version = name.Substring("QlikGen.".Length);
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
        return Task.CompletedTask;
    }
}

/// <summary>Package tests run one at a time: they build and restore, which must not race each other.</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackedQlikGen>
{
    public const string Name = "packed QlikGen";
}
