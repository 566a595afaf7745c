using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
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
        // Exactly one QLIK001 per experimental call, at its line, and no other diagnostic.
        Assert.Equal(ExperimentalCalls(ContractProgram.For(tenant.BaseAddress)).Select(c => ("warning", "QLIK001", c.Line, c.Column)), Diagnostics(build.Output));
        Assert.Contains(" 3 Warning(s)", build.Output, StringComparison.Ordinal);
        Assert.Contains("'AddLicenseAssignmentsAsync' calls POST /licenses/assignments/actions/add, which is experimental in the Qlik Licenses API and may change without notice", build.Output, StringComparison.Ordinal);

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

        // An incremental rebuild loads the generator and analyzers again, with nothing new to say.
        var rebuild = await consumer.BuildAsync("QlikGenAcceptExperimental=true");
        Assert.True(rebuild.ExitCode == 0, rebuild.ToString());
        Assert.Contains(" 0 Warning(s)", rebuild.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsageRulesAreConfiguredTheStandardWays()
    {
        using var consumer = ConsumerProject.Create(_package, ContractProgram.For(new Uri("https://your-tenant.us.qlikcloud.com")) + """
            static class Legacy { public static string Read(QlikGen.Licenses.ErrorResponse error) => error.Message; }
            """);
        var calls = ExperimentalCalls(ContractProgram.For(new Uri("https://your-tenant.us.qlikcloud.com")));

        // Accepted project-wide: only the deprecated read remains.
        var accepted = await consumer.BuildAsync("QlikGenAcceptExperimental=true");
        Assert.True(accepted.ExitCode == 0, accepted.ToString());
        var deprecated = Assert.Single(Diagnostics(accepted.Output));
        Assert.Equal(("warning", "QLIK002"), (deprecated.Severity, deprecated.Id));
        Assert.Contains("'ErrorResponse.Message' is deprecated in the Qlik Licenses API; use 'Errors' instead", accepted.Output, StringComparison.Ordinal);

        // .editorconfig raises QLIK001 to an error and silences QLIK002 (warnings not as errors here, so the error is the editorconfig's).
        consumer.WriteFile(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.QLIK001.severity = error\ndotnet_diagnostic.QLIK002.severity = none\n");
        var strict = await consumer.BuildAsync("TreatWarningsAsErrors=false", "WarningsNotAsErrors=");
        Assert.NotEqual(0, strict.ExitCode);
        Assert.Equal(calls.Select(c => ("error", "QLIK001", c.Line, c.Column)), Diagnostics(strict.Output));
    }

    [Fact]
    public async Task ContractProgramBuildsForNet8Too()
    {
        // The runtime ships lib/net8.0: generated code must compile against .NET 8's API as well.
        using var consumer = ConsumerProject.Create(_package, ContractProgram.For(new Uri("https://your-tenant.us.qlikcloud.com")), targetFramework: "net8.0");

        var build = await consumer.BuildAsync("QlikGenAcceptExperimental=true");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains(" 0 Warning(s)", build.Output, StringComparison.Ordinal);
        Assert.Contains("Consumer.dll", build.Output, StringComparison.Ordinal);
        Assert.Contains("net8.0", build.Output, StringComparison.Ordinal);
    }

    // Where the contract calls an experimental operation: line and column of the method name, 1-based.
    private static List<(int Line, int Column)> ExperimentalCalls(string program)
    {
        var lines = program.Split('\n');
        var calls = new List<(int, int)>();
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (var name in new[] { "AddLicenseAssignmentsAsync", "DeleteLicenseAssignmentsAsync", "UpdateLicenseAssignmentsAsync" })
            {
                var column = lines[i].IndexOf("." + name, StringComparison.Ordinal);
                if (column >= 0)
                {
                    calls.Add((i + 1, column + 2));
                }
            }
        }
        Assert.Equal(3, calls.Count);
        return calls;
    }

    // Every distinct compiler diagnostic MSBuild printed for Program.cs (it prints each twice).
    private static List<(string Severity, string Id, int Line, int Column)> Diagnostics(string output)
        => Regex.Matches(output, @"Program\.cs\((\d+),(\d+)\): (warning|error) ([A-Z]+\d+):")
            .Select(m => (m.Groups[3].Value, m.Groups[4].Value, int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .Distinct()
            .OrderBy(d => d.Item3)
            .ToList();
}
