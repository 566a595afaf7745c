using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using Xunit.Sdk;

namespace QlikGen.Client.Tests;

/// <summary>Compares JSON texts by meaning: same structure and values, property order ignored.</summary>
public static class JsonAssert
{
    /// <summary>Fails with the path of the first difference unless both texts denote the same JSON value.</summary>
    public static void Equal(string expected, string? actual)
    {
        if (actual is null)
        {
            throw new XunitException($"Expected JSON {expected} but the text was null.");
        }
        using var expectedDocument = Parse(expected, "expected");
        using var actualDocument = Parse(actual, "actual");
        var difference = FindDifference(expectedDocument.RootElement, actualDocument.RootElement, "$");
        if (difference is not null)
        {
            throw new XunitException($"JSON differs at {difference}{Environment.NewLine}Expected: {expected}{Environment.NewLine}Actual:   {actual}");
        }
    }

    private static JsonDocument Parse(string text, string which)
    {
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException exception)
        {
            throw new XunitException($"The {which} text is not JSON ({exception.Message}): {text}");
        }
    }

    private static string? FindDifference(JsonElement expected, JsonElement actual, string path)
    {
        if (Kind(expected) != Kind(actual))
        {
            return $"{path}: expected {Describe(expected)} but was {Describe(actual)}";
        }
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                return FindObjectDifference(expected, actual, path);
            case JsonValueKind.Array:
                var expectedLength = expected.GetArrayLength();
                var actualLength = actual.GetArrayLength();
                if (expectedLength != actualLength)
                {
                    return $"{path}: expected an array of {expectedLength} items but it had {actualLength}";
                }
                for (var i = 0; i < expectedLength; i++)
                {
                    var difference = FindDifference(expected[i], actual[i], $"{path}[{i}]");
                    if (difference is not null)
                    {
                        return difference;
                    }
                }
                return null;
            case JsonValueKind.String:
                return expected.GetString() == actual.GetString() ? null : $"{path}: expected {Describe(expected)} but was {Describe(actual)}";
            case JsonValueKind.Number:
                var same = expected.TryGetDecimal(out var e) && actual.TryGetDecimal(out var a)
                    ? e == a
                    : expected.GetDouble().Equals(actual.GetDouble());
                return same ? null : $"{path}: expected {Describe(expected)} but was {Describe(actual)}";
            default:
                // true, false and null: equal kinds are equal values.
                return null;
        }
    }

    private static string? FindObjectDifference(JsonElement expected, JsonElement actual, string path)
    {
        var actualProperties = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in actual.EnumerateObject())
        {
            actualProperties[property.Name] = property.Value;
        }
        var expectedNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in expected.EnumerateObject())
        {
            expectedNames.Add(property.Name);
            if (!actualProperties.TryGetValue(property.Name, out var actualValue))
            {
                return $"{path}: the property '{property.Name}' is missing (expected {Describe(property.Value)})";
            }
            var difference = FindDifference(property.Value, actualValue, $"{path}.{property.Name}");
            if (difference is not null)
            {
                return difference;
            }
        }
        foreach (var name in actualProperties.Keys)
        {
            if (!expectedNames.Contains(name))
            {
                return $"{path}: unexpected property '{name}' (was {Describe(actualProperties[name])})";
            }
        }
        return null;
    }

    // true and false are different values of one kind for the message, but must not compare equal.
    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => element.ValueKind.ToString(),
    };

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => string.Create(CultureInfo.InvariantCulture, $"{element.GetRawText()}"),
    };
}
