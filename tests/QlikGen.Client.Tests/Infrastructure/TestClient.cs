using System;
using System.Net.Http;
using QlikGen.Licenses;

namespace QlikGen.Client.Tests;

/// <summary>A <see cref="LicensesClient"/> over a <see cref="RecordingHandler"/>, configured as the Qlik docs show.</summary>
public sealed class TestClient : IDisposable
{
    /// <summary>The API key the tests send; it must never show up in an exception.</summary>
    public const string ApiKey = "test-api-key-SECRET";

    /// <summary>The tenant of Qlik's curl examples.</summary>
    public static readonly Uri TenantAddress = new("https://your-tenant.us.qlikcloud.com");

    private TestClient(RecordingHandler handler, HttpClient http)
    {
        Handler = handler;
        Http = http;
        Licenses = new LicensesClient(http);
    }

    /// <summary>The in-memory server.</summary>
    public RecordingHandler Handler { get; }

    /// <summary>The HttpClient the generated client sends through.</summary>
    public HttpClient Http { get; }

    /// <summary>The generated client under test.</summary>
    public LicensesClient Licenses { get; }

    /// <summary>Creates a client of the tenant (or of <paramref name="baseAddress"/>) that sends the test API key.</summary>
    public static TestClient Create(Uri? baseAddress = null)
    {
        var handler = new RecordingHandler();
        var http = new HttpClient(handler) { BaseAddress = baseAddress ?? TenantAddress };
        http.DefaultRequestHeaders.Authorization = new("Bearer", ApiKey);
        return new TestClient(handler, http);
    }

    /// <inheritdoc />
    public void Dispose() => Http.Dispose();
}
