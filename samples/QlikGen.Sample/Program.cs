using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using QlikGen.Licenses;
using QlikGen.Sample;
using QlikGen.TestTenant;

// No arguments: a local Qlik test tenant on loopback, and the whole Licenses API against it.
// --tenant https://<tenant>.<region>.qlikcloud.com with QLIK_API_KEY set: the read-only calls against that tenant.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };

if (args.Length > 0)
{
    if (args.Length != 2 || args[0] != "--tenant" || !Uri.TryCreate(args[1], UriKind.Absolute, out var tenantUri))
    {
        Console.Error.WriteLine("usage: QlikGen.Sample [--tenant https://<tenant>.<region>.qlikcloud.com]   (API key in QLIK_API_KEY)");
        return 2;
    }
    var apiKey = Environment.GetEnvironmentVariable("QLIK_API_KEY");
    if (string.IsNullOrWhiteSpace(apiKey))
    {
        Console.Error.WriteLine("Set QLIK_API_KEY to an API key of the tenant (Qlik Cloud: Profile settings → API keys).");
        return 2;
    }
    using var tenantHttp = new HttpClient { BaseAddress = tenantUri };
    tenantHttp.DefaultRequestHeaders.Authorization = new("Bearer", apiKey);
    Console.WriteLine($"QlikGen sample: read-only calls to {tenantUri.GetLeftPart(UriPartial.Authority)}");
    var remote = new Walkthrough(new LicensesClient(tenantHttp), cancel.Token);
    await remote.StatusAsync();
    await remote.OverviewAsync();
    return 0;
}

await using var tenant = await TestTenant.StartAsync(new TestTenantOptions
{
    ProfessionalUnits = 3,
    AnalyzerUnits = 5,
    Assignments = new Dictionary<string, string> { ["qlik\\anna"] = "professional", ["qlik\\malik"] = "analyzer" },
}, cancel.Token);
Console.WriteLine($"QlikGen sample: the Qlik Licenses API against a local test tenant at {tenant.BaseAddress}");
Console.WriteLine();

using var http = new HttpClient { BaseAddress = tenant.BaseAddress };
http.DefaultRequestHeaders.Authorization = new("Bearer", tenant.ApiKey);
var walk = new Walkthrough(new LicensesClient(http), cancel.Token);

await walk.StatusAsync();
await walk.OverviewAsync();
await walk.AddAsync(
    ("qlik\\kalle", AssignmentType.Professional),
    ("qlik\\nalle", AssignmentType.Analyzer),
    ("qlik\\olle", AssignmentType.Professional),
    ("qlik\\lisa", AssignmentType.Professional));
await walk.UpdateAsync("qlik\\kalle", AssignmentType.Professional, AssignmentType.Analyzer);
await walk.DeleteAsync(("qlik\\malik", AssignmentType.Analyzer), ("qlik\\ghost", AssignmentType.Analyzer));
await walk.OverviewAsync();
await Walkthrough.UnauthorizedAsync(tenant.BaseAddress, cancel.Token);
return 0;
