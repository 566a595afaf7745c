using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using QlikGen.Package.Tests.Infrastructure;
using Xunit;

namespace QlikGen.Package.Tests;

/// <summary>Bring your own specs: two real Qlik specs beside the bundled one, in one project, through the package.</summary>
[Collection(PackageCollection.Name)]
public sealed class UserSpecsConsumerTests
{
    private const string Program = """
        using Acme.Qlik.Users;
        using QlikGen.Spaces;

        using var http = new HttpClient { BaseAddress = new Uri("https://your-tenant.us.qlikcloud.com") };
        IUsersClient users = new UsersClient(http);
        ISpacesClient spaces = new SpacesClient(http);
        Console.WriteLine($"{users.GetType().FullName} {spaces.GetType().FullName} {typeof(QlikGen.Licenses.LicensesClient).FullName}");
        """;

    private readonly PackedQlikGen _package;

    public UserSpecsConsumerTests(PackedQlikGen package) => _package = package;

    [Fact]
    public async Task TwoCorpusSpecsAndTheBundledOneBuildWithoutWarnings()
    {
        Assert.True(Directory.Exists(RepoPaths.Corpus), "the shared corpus is missing at " + RepoPaths.Corpus);
        var items = $"""
                <QlikGenSpec Include="{Path.Combine(RepoPaths.Corpus, "users.json")}" Namespace="Acme.Qlik.Users" ClientName="UsersClient" />
                <QlikGenSpec Include="{Path.Combine(RepoPaths.Corpus, "spaces.json")}" />
            """;
        using var consumer = ConsumerProject.Create(_package, Program, items);

        var build = await consumer.BuildAsync("EmitCompilerGeneratedFiles=true");
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains(" 0 Warning(s)", build.Output, StringComparison.Ordinal);
        var run = await consumer.RunAsync(new Dictionary<string, string>());
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Acme.Qlik.Users.UsersClient QlikGen.Spaces.SpacesClient QlikGen.Licenses.LicensesClient", run.Output, StringComparison.Ordinal);

        var generated = GeneratedFiles(consumer);
        Assert.Contains(generated, f => f.StartsWith("Acme.Qlik.Users.", StringComparison.Ordinal));
        Assert.Contains(generated, f => f.StartsWith("QlikGen.Spaces.", StringComparison.Ordinal));
        Assert.Contains(generated, f => f.StartsWith("QlikGen.Licenses.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BundledSpecCanBeTurnedOff()
    {
        var items = $"""    <QlikGenSpec Include="{Path.Combine(RepoPaths.Corpus, "spaces.json")}" />""";
        using var consumer = ConsumerProject.Create(_package, "Console.WriteLine(typeof(QlikGen.Spaces.SpacesClient).Name);\n", items);

        var build = await consumer.BuildAsync("EmitCompilerGeneratedFiles=true", "QlikGenIncludeLicensesSpec=false");

        Assert.True(build.ExitCode == 0, build.ToString());
        var generated = GeneratedFiles(consumer);
        Assert.Contains(generated, f => f.StartsWith("QlikGen.Spaces.", StringComparison.Ordinal));
        Assert.DoesNotContain(generated, f => f.StartsWith("QlikGen.Licenses.", StringComparison.Ordinal));
    }

    private static List<string> GeneratedFiles(ConsumerProject consumer)
        => Directory.GetFiles(Path.Combine(consumer.Folder, "obj"), "*.g.cs", SearchOption.AllDirectories).Select(f => Path.GetFileName(f)!).ToList();
}
