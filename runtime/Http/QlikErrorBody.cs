using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace QlikGen.Http;

/// <summary>Reads the <c>errors</c> of a Qlik <c>errorResponse</c> body, tolerating anything else a proxy may send.</summary>
internal static class QlikErrorBody
{
    private const int ExcerptLength = 2048;

    /// <summary>The typed errors, or <see langword="null"/> when the body is not an <c>errorResponse</c>.</summary>
    public static IReadOnlyList<QlikError>? TryReadErrors(byte[] body)
    {
        if (body.Length == 0)
        {
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("errors", out var items)
                || items.ValueKind != JsonValueKind.Array)
            {
                return null;
            }
            var errors = new List<QlikError>();
            foreach (var item in items.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object)
                {
                    errors.Add(new QlikError(Text(item, "code") ?? "", Text(item, "title") ?? "", Text(item, "detail")));
                }
            }
            return errors;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The start of a body that is not an <c>errorResponse</c>, for diagnosis.</summary>
    public static string? Excerpt(byte[] body)
    {
        if (body.Length == 0)
        {
            return null;
        }
        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, ExcerptLength));
        return body.Length > ExcerptLength ? text + "…" : text;
    }

    private static string? Text(JsonElement item, string name)
        => item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
