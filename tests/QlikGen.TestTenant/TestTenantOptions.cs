using System.Collections.Generic;

namespace QlikGen.TestTenant;

/// <summary>How a test tenant starts: its API key, port, allotments and existing assignments.</summary>
public sealed record TestTenantOptions
{
    /// <summary>The demo API key the tenant accepts as <c>Authorization: Bearer</c>.</summary>
    public const string DemoApiKey = "qlikgen-demo-api-key";

    /// <summary>The bearer token the tenant accepts.</summary>
    public string ApiKey { get; init; } = DemoApiKey;

    /// <summary>The loopback port; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>Units of the <c>professional</c> allotment.</summary>
    public int ProfessionalUnits { get; init; } = 10;

    /// <summary>Units of the <c>analyzer</c> allotment.</summary>
    public int AnalyzerUnits { get; init; } = 20;

    /// <summary>Assignments the tenant starts with: subject → type (<c>professional</c> or <c>analyzer</c>).</summary>
    public IReadOnlyDictionary<string, string> Assignments { get; init; } = new Dictionary<string, string>();
}
