using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using QlikGen.Serialization;

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
            using var document = JsonDocument.Parse(body.AsMemory(body.Length - QlikJson.WithoutBom(body).Length));
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

    /// <summary>The start of a body that is not an <c>errorResponse</c>, for diagnosis: at most 2048 characters, cut on a character boundary.</summary>
    public static string? Excerpt(byte[] body)
    {
        if (body.Length == 0)
        {
            return null;
        }
        // Decode a little more than needed, then cut on characters, so a multi-byte character is never split.
        var text = Encoding.UTF8.GetString(QlikJson.WithoutBom(body.AsSpan(0, Math.Min(body.Length, (ExcerptLength * 4) + 3))));
        return text.Length > ExcerptLength ? text.Substring(0, ExcerptLength) + "…" : text;
    }

    private static string? Text(JsonElement item, string name)
        => item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
