using System;
using System.Globalization;
using QlikGen.TestTenant;

// Standalone: dotnet run --project tests/QlikGen.TestTenant [-- --port 5123] [--api-key KEY]
var options = new TestTenantOptions();
for (var i = 0; i + 1 < args.Length; i += 2)
{
    options = args[i] switch
    {
        "--port" => options with { Port = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
        "--api-key" => options with { ApiKey = args[i + 1] },
        _ => throw new ArgumentException($"Unknown option '{args[i]}'. Use --port N and --api-key KEY."),
    };
}

await using var tenant = await TestTenant.StartAsync(options);
Console.WriteLine($"Qlik test tenant listening on {tenant.BaseAddress}");
Console.WriteLine($"API key (Authorization: Bearer): {tenant.ApiKey}");
Console.WriteLine($"Try: curl -H \"Authorization: Bearer {tenant.ApiKey}\" {tenant.BaseAddress}api/v1/licenses/overview");
Console.WriteLine("Press Ctrl+C to stop.");
await tenant.WaitForShutdownAsync();
