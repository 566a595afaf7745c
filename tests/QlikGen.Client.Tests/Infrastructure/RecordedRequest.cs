using System;
using System.Collections.Generic;

namespace QlikGen.Client.Tests;

/// <summary>One request as the handler saw it: method, absolute URI, every header (request and content), body text.</summary>
public sealed record RecordedRequest(
    string Method,
    Uri Uri,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Headers,
    string? Body)
{
    /// <summary>The values of a header (case-insensitive name), or an empty list when it was not sent.</summary>
    public IReadOnlyList<string> HeaderValues(string name)
        => Headers.TryGetValue(name, out var values) ? values : Array.Empty<string>();
}
