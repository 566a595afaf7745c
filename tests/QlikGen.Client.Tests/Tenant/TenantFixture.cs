using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using QlikGen.Licenses;
using QlikGen.TestTenant;

namespace QlikGen.Client.Tests.Tenant;

/// <summary>A fresh loopback tenant and a generated client of it, for one test.</summary>
public sealed class TenantFixture : IAsyncDisposable
{
    private TenantFixture(QlikGen.TestTenant.TestTenant tenant, HttpClient http)
    {
        Tenant = tenant;
        Http = http;
        Licenses = new LicensesClient(http);
    }

    public QlikGen.TestTenant.TestTenant Tenant { get; }

    /// <summary>An HttpClient of the tenant that sends the right API key.</summary>
    public HttpClient Http { get; }

    public ILicensesClient Licenses { get; }

    public static async Task<TenantFixture> StartAsync(int professional = 10, int analyzer = 20, IReadOnlyDictionary<string, string>? assignments = null)
    {
        var tenant = await QlikGen.TestTenant.TestTenant.StartAsync(new TestTenantOptions
        {
            ProfessionalUnits = professional,
            AnalyzerUnits = analyzer,
            Assignments = assignments ?? new Dictionary<string, string>(),
        });
        var http = new HttpClient { BaseAddress = tenant.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new("Bearer", tenant.ApiKey);
        return new TenantFixture(tenant, http);
    }

    /// <summary>Units used per allotment, as the overview reports them.</summary>
    public async Task<(long Professional, long Analyzer)> UsedAsync()
    {
        var overview = await Licenses.GetLicenseOverviewAsync();
        return (overview.Allotments.Single(a => a.Name == "professional").UnitsUsed, overview.Allotments.Single(a => a.Name == "analyzer").UnitsUsed);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Tenant.DisposeAsync();
    }
}
