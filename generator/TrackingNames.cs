namespace QlikGen.Generator;

/// <summary>The names of the tracked pipeline steps, so tests can assert what an edit re-ran.</summary>
internal static class TrackingNames
{
    /// <summary>Each additional file marked as a spec, read with its text and options.</summary>
    public const string ReadSpec = nameof(ReadSpec);

    /// <summary>Specs that share a namespace.</summary>
    public const string Namespaces = nameof(Namespaces);

    /// <summary>Each spec parsed into a model and diagnostics.</summary>
    public const string ParseSpec = nameof(ParseSpec);

    /// <summary>The model of each spec, without diagnostics.</summary>
    public const string Model = nameof(Model);

    /// <summary>The diagnostics of each spec.</summary>
    public const string Diagnostics = nameof(Diagnostics);

    /// <summary>One item per generated type (record or enum).</summary>
    public const string Types = nameof(Types);

    /// <summary>One item per client.</summary>
    public const string Clients = nameof(Clients);
}
