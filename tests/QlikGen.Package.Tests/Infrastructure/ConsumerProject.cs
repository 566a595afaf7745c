using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;

namespace QlikGen.Package.Tests.Infrastructure;

/// <summary>
/// A user's project in a temporary folder, outside the repository, that restores QlikGen from the packed folder only,
/// into a packages folder of its own, so neither the repository's build settings nor a stale cache can help it pass.
/// </summary>
internal sealed class ConsumerProject : IDisposable
{
    private ConsumerProject(string folder) => Folder = folder;

    public string Folder { get; }

    /// <summary>Creates the project; <paramref name="targetFramework"/> other than net10.0 also lets the targeting pack come from nuget.org.</summary>
    public static ConsumerProject Create(PackedQlikGen package, string program, string extraItems = "", string targetFramework = "net10.0")
    {
        var folder = Path.Combine(Path.GetTempPath(), "qlikgen-tests", "consumer-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        // QlikGen comes from the packed folder only; anything else a target framework needs, from nuget.org.
        var otherSources = targetFramework == "net10.0" ? string.Empty : """
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
            """;
        var mapping = targetFramework == "net10.0" ? string.Empty : """
              <packageSourceMapping>
                <packageSource key="qlikgen"><package pattern="QlikGen" /></packageSource>
                <packageSource key="nuget.org"><package pattern="*" /></packageSource>
              </packageSourceMapping>
            """;
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="qlikgen" value="{package.Folder}" />
            {otherSources}
              </packageSources>
            {mapping}
            </configuration>
            """);
        File.WriteAllText(Path.Combine(folder, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>{targetFramework}</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <!-- QlikGen's usage rules are advice to read, not to fail on: they stay warnings. -->
                <WarningsNotAsErrors>QLIK001;QLIK002</WarningsNotAsErrors>
                <RestorePackagesPath>$(MSBuildThisFileDirectory)packages</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="QlikGen" Version="{package.Version}" />
              </ItemGroup>
              <ItemGroup>
            {extraItems}
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), program);
        return new ConsumerProject(folder);
    }

    public Task<ProcessResult> BuildAsync(params string[] properties)
    {
        var arguments = new List<string> { "build", "Consumer.csproj", "-c", "Debug" };
        foreach (var property in properties)
        {
            arguments.Add("-p:" + property);
        }
        return DotNet.RunAsync(Folder, null, arguments.ToArray());
    }

    public Task<ProcessResult> RunAsync(IReadOnlyDictionary<string, string> environment)
        => DotNet.RunAsync(Folder, environment, "run", "--no-build", "--project", "Consumer.csproj");

    public void WriteFile(string name, string text) => File.WriteAllText(Path.Combine(Folder, name), text);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
