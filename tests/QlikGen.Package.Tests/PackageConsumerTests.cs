using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using QlikGen.Package.Tests.Infrastructure;
using QlikGen.TestTenant;
using Xunit;

namespace QlikGen.Package.Tests;

/// <summary>A user's project that only references the package: it builds warning-free and runs the contract over HTTP.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageConsumerTests
{
    private readonly PackedQlikGen _package;

    public PackageConsumerTests(PackedQlikGen package) => _package = package;

    [Fact]
    public async Task ContractProgramBuildsWithoutWarningsAndRunsAgainstTheTestTenant()
    {
        await using var tenant = await QlikGen.TestTenant.TestTenant.StartAsync();
        using var consumer = ConsumerProject.Create(_package, ContractProgram.For(tenant.BaseAddress));

        var build = await consumer.BuildAsync();
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains(" 0 Warning(s)", build.Output, StringComparison.Ordinal);

        var run = await consumer.RunAsync(new Dictionary<string, string> { ["QLIK_API_KEY"] = tenant.ApiKey });
        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Output.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToList();
        Assert.Equal(
            new[]
            {
                "qlik\\kalle professional 201",
                "qlik\\nalle analyzer 201",
                "Ok Signed Internal False Qlik Cloud Analytics 2026-01-01/2026-12-31",
                "professional 1/10 0",
                "analyzer 1/20 0",
            },
            lines);
        Assert.Equal("professional", tenant.State.AssignmentOf("qlik\\kalle"));
        Assert.Equal("analyzer", tenant.State.AssignmentOf("qlik\\nalle"));

        // A wrong key: the typed error surfaces, and the key shows up nowhere in what the process prints.
        var refused = await consumer.RunAsync(new Dictionary<string, string> { ["QLIK_API_KEY"] = "wrong-key-SECRET-123" });
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("QlikGen.QlikApiException: POST /api/v1/licenses/assignments/actions/add failed with 401 (Unauthorized): LICENSES-401 Unauthorized", refused.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-key-SECRET-123", refused.Output, StringComparison.Ordinal);

        // An incremental rebuild loads the generator again without a warning.
        var rebuild = await consumer.BuildAsync();
        Assert.True(rebuild.ExitCode == 0, rebuild.ToString());
        Assert.Contains(" 0 Warning(s)", rebuild.Output, StringComparison.Ordinal);
    }
}
