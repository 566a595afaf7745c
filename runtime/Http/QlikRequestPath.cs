using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace QlikGen.Http;

/// <summary>Builds the relative URI of a request: escaped path parameters and query string.</summary>
/// <remarks>
/// The path is kept relative (no leading slash), so a base address with a path prefix keeps it, provided the base
/// address ends with <c>/</c> (<c>https://proxy.example/qlik/</c>): that is how <see cref="System.Uri"/> resolves relative URIs.
/// </remarks>
public sealed class QlikRequestPath
{
    private readonly StringBuilder _path = new();
    private bool _hasQuery;

    /// <summary>Starts a path with its literal first segment, e.g. <c>api/v1/licenses/status</c>.</summary>
    public QlikRequestPath(string literal) => _path.Append(literal);

    /// <summary>Appends a literal part of the path template.</summary>
    public QlikRequestPath Literal(string literal)
    {
        _path.Append(literal);
        return this;
    }

    /// <summary>Appends an escaped path parameter value.</summary>
    /// <exception cref="ArgumentException">The value is empty: it would change which resource the path names.</exception>
    public QlikRequestPath Parameter(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        if (value.Length == 0)
        {
            throw new ArgumentException($"The path parameter '{name}' must not be empty.", name);
        }
        _path.Append(Uri.EscapeDataString(value));
        return this;
    }

    /// <summary>Appends a query parameter; a null value is left out.</summary>
    public QlikRequestPath Query(string name, string? value)
    {
        if (value is null)
        {
            return this;
        }
        _path.Append(_hasQuery ? '&' : '?').Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
        _hasQuery = true;
        return this;
    }

    /// <summary>Appends one query parameter per item (<c>name=a&amp;name=b</c>); a null list is left out.</summary>
    public QlikRequestPath Query(string name, IEnumerable<string>? values)
    {
        if (values is null)
        {
            return this;
        }
        foreach (var value in values)
        {
            Query(name, value);
        }
        return this;
    }

    /// <summary>Formats a boolean as the JSON literal Qlik expects (<c>true</c>/<c>false</c>).</summary>
    public static string? Format(bool? value) => value is null ? null : value.Value ? "true" : "false";

    /// <summary>Formats an integer with the invariant culture.</summary>
    public static string? Format(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a number with the invariant culture, round-trippable.</summary>
    public static string? Format(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Formats a date-time as RFC 3339.</summary>
    public static string? Format(DateTimeOffset? value) => value?.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>Formats a date as RFC 3339 <c>full-date</c>.</summary>
    public static string? Format(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Formats a UUID in its canonical form.</summary>
    public static string? Format(Guid? value) => value?.ToString("D", CultureInfo.InvariantCulture);

    /// <summary>The relative URI built so far.</summary>
    public override string ToString() => _path.ToString();
}
