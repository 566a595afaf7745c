using System;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace QlikGen.TestTenant;

/// <summary>A Qlik Cloud tenant on loopback that serves the Licenses API over real HTTP from memory.</summary>
/// <remarks>Start one per test with <see cref="StartAsync"/> (a free port is picked), or run the project standalone.</remarks>
public sealed class TestTenant : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestTenant(WebApplication app, Uri baseAddress, string apiKey, TenantState state)
    {
        _app = app;
        BaseAddress = baseAddress;
        ApiKey = apiKey;
        State = state;
    }

    /// <summary>The tenant's origin, e.g. <c>http://127.0.0.1:5123/</c>: the base address of a generated client's HttpClient.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The bearer token the tenant accepts.</summary>
    public string ApiKey { get; }

    /// <summary>The tenant's allotments and assignments.</summary>
    public TenantState State { get; }

    /// <summary>Starts a tenant bound to 127.0.0.1.</summary>
    public static async Task<TestTenant> StartAsync(TestTenantOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new TestTenantOptions();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(TestTenant).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        var app = builder.Build();
        var state = new TenantState(options);
        app.MapLicensesApi(state, options);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestTenant(app, new Uri(address.TrimEnd('/') + "/"), options.ApiKey, state);
    }

    /// <summary>Waits until the process is asked to stop (Ctrl+C).</summary>
    public Task WaitForShutdownAsync() => _app.WaitForShutdownAsync();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
