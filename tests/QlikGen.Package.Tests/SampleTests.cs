using System;
using System.Threading.Tasks;
using QlikGen.Package.Tests.Infrastructure;
using Xunit;

namespace QlikGen.Package.Tests;

/// <summary>README's main-job command works and shows what it promises.</summary>
[Collection(PackageCollection.Name)]
public sealed class SampleTests
{
    [Fact]
    public async Task FirstRunWalksThroughTheApiAgainstTheLocalTenant()
    {
        var run = await DotNet.RunAsync(RepoPaths.Root, null, "run", "--project", "samples/QlikGen.Sample");

        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var expected in new[]
        {
            "GET  /licenses/status",
            "POST /licenses/assignments/actions/add  [experimental]",
            "✗ 403  qlik\\lisa    professional  LICENSES-011 No available allotment",
            "3 of 4 succeeded, 1 failed",
            "✓ 200  qlik\\kalle   professional → analyzer",
            "✗ 404  qlik\\ghost   analyzer  LICENSES-016 Assignment not found.",
            "professional 2/3 used · analyzer 2/5 used",
            "QlikApiException 401 Unauthorized: LICENSES-401 Unauthorized",
        })
        {
            Assert.Contains(expected, run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TenantModeNeedsAnApiKey()
    {
        var run = await DotNet.RunAsync(RepoPaths.Root, new System.Collections.Generic.Dictionary<string, string> { ["QLIK_API_KEY"] = string.Empty }, "run", "--project", "samples/QlikGen.Sample", "--", "--tenant", "https://your-tenant.us.qlikcloud.com");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("QLIK_API_KEY", run.Output, StringComparison.Ordinal);
    }
}
