using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using QlikGen.Licenses;
using Xunit;

namespace QlikGen.Client.Tests.Tenant;

/// <summary>Status and overview over real HTTP: the seed's shapes, reflecting the tenant's state.</summary>
public sealed class TenantReadTests
{
    [Fact]
    public async Task StatusHasTheSeedsShape()
    {
        await using var fixture = await TenantFixture.StartAsync();

        var status = await fixture.Licenses.GetLicenseStatusAsync();

        Assert.Equal(LicenseStatusStatus.Ok, status.Status);
        Assert.Equal(LicenseStatusType.Signed, status.Type);
        Assert.Equal(LicenseStatusOrigin.Internal, status.Origin);
        Assert.False(status.Trial);
        Assert.False(string.IsNullOrEmpty(status.Product));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}$", status.Valid);
    }

    [Fact]
    public async Task OverviewReportsAllotmentsAndTheirUse()
    {
        await using var fixture = await TenantFixture.StartAsync(professional: 10, analyzer: 20, new Dictionary<string, string> { ["qlik\\anna"] = "professional" });

        var overview = await fixture.Licenses.GetLicenseOverviewAsync();

        Assert.Equal(LicenseOverviewStatus.Ok, overview.Status);
        Assert.Equal(LicenseOverviewOrigin.Internal, overview.Origin);
        Assert.Equal(new[] { ("professional", 10L, 1L), ("analyzer", 20L, 0L) }, overview.Allotments.Select(a => (a.Name, (long)a.Units, (long)a.UnitsUsed)));
        var parameter = Assert.Single(overview.Parameters);
        Assert.Equal("professional", parameter.Access.Allotment);
        Assert.Equal("FULL", parameter.Values.GetProperty("saas_alerting").GetString());
    }
}
