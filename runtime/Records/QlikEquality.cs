using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;

namespace QlikGen;

/// <summary>
/// Value equality for the lists and maps inside generated records, so that two records read from the same JSON are
/// equal, as records promise. Items compare by their own equality; nested lists and maps by their content; raw JSON
/// (<see cref="JsonElement"/>) by its value, whatever its formatting or property order.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class QlikEquality
{
    /// <summary>Whether two lists hold equal items in the same order (both null counts as equal).</summary>
    public static bool Equal<T>(IReadOnlyList<T>? left, IReadOnlyList<T>? right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }
        if (left is null || right is null || left.Count != right.Count)
        {
            return false;
        }
        for (var i = 0; i < left.Count; i++)
        {
            if (!ItemEquals(left[i], right[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether two maps hold the same keys with equal values, in any order (both null counts as equal).</summary>
    public static bool Equal<T>(IReadOnlyDictionary<string, T>? left, IReadOnlyDictionary<string, T>? right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }
        if (left is null || right is null || left.Count != right.Count)
        {
            return false;
        }
        foreach (var pair in left)
        {
            if (!right.TryGetValue(pair.Key, out var value) || !ItemEquals(pair.Value, value))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A hash of a list's items, consistent with <see cref="Equal{T}(IReadOnlyList{T}, IReadOnlyList{T})"/>.</summary>
    public static int Hash<T>(IReadOnlyList<T>? list)
    {
        if (list is null)
        {
            return 0;
        }
        var hash = new HashCode();
        foreach (var item in list)
        {
            hash.Add(ItemHash(item));
        }
        return hash.ToHashCode();
    }

    /// <summary>A hash of a map, independent of its order, consistent with <see cref="Equal{T}(IReadOnlyDictionary{string, T}, IReadOnlyDictionary{string, T})"/>.</summary>
    public static int Hash<T>(IReadOnlyDictionary<string, T>? map)
    {
        if (map is null)
        {
            return 0;
        }
        var hash = map.Count;
        foreach (var pair in map)
        {
            hash ^= HashCode.Combine(StringComparer.Ordinal.GetHashCode(pair.Key), ItemHash(pair.Value));
        }
        return hash;
    }

    /// <summary>Whether two JSON values are equal: same kind, equal strings and numbers, same properties in any order.</summary>
    public static bool Equal(JsonElement left, JsonElement right)
    {
        if (left.ValueKind != right.ValueKind)
        {
            return false;
        }
        switch (left.ValueKind)
        {
            case JsonValueKind.Object:
                var count = 0;
                foreach (var property in left.EnumerateObject())
                {
                    count++;
                    if (!right.TryGetProperty(property.Name, out var other) || !Equal(property.Value, other))
                    {
                        return false;
                    }
                }
                foreach (var _ in right.EnumerateObject())
                {
                    count--;
                }
                return count == 0;
            case JsonValueKind.Array:
                if (left.GetArrayLength() != right.GetArrayLength())
                {
                    return false;
                }
                using (var rightItems = right.EnumerateArray().GetEnumerator())
                {
                    foreach (var item in left.EnumerateArray())
                    {
                        rightItems.MoveNext();
                        if (!Equal(item, rightItems.Current))
                        {
                            return false;
                        }
                    }
                }
                return true;
            case JsonValueKind.String:
                return string.Equals(left.GetString(), right.GetString(), StringComparison.Ordinal);
            case JsonValueKind.Number:
                return left.GetRawText() == right.GetRawText()
                    || (left.TryGetDecimal(out var l) && right.TryGetDecimal(out var r) && l == r);
            default:
                return true;
        }
    }

    /// <summary>Whether two optional JSON values are equal (both null counts as equal).</summary>
    public static bool Equal(JsonElement? left, JsonElement? right)
        => left is { } l ? right is { } r && Equal(l, r) : right is null;

    /// <summary>A hash of a JSON value, consistent with <see cref="Equal(JsonElement, JsonElement)"/>.</summary>
    public static int Hash(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => StringComparer.Ordinal.GetHashCode(value.GetString()!),
        JsonValueKind.Number => value.TryGetDecimal(out var number) ? number.GetHashCode() : value.GetRawText().GetHashCode(StringComparison.Ordinal),
        JsonValueKind.Array => HashCode.Combine(value.ValueKind, value.GetArrayLength()),
        _ => value.ValueKind.GetHashCode(),
    };

    /// <summary>A hash of an optional JSON value.</summary>
    public static int Hash(JsonElement? value) => value is { } element ? Hash(element) : 0;

    // Nested lists and maps (a list of lists) compare by content too; strings and everything else by their Equals.
    private static bool ItemEquals(object? left, object? right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }
        if (left is null || right is null)
        {
            return false;
        }
        if (left is JsonElement leftJson)
        {
            return right is JsonElement rightJson && Equal(leftJson, rightJson);
        }
        if (left is string || left is not IEnumerable leftItems || right is not IEnumerable rightItems)
        {
            return left.Equals(right);
        }
        if (left is IDictionary leftMap && right is IDictionary rightMap)
        {
            if (leftMap.Count != rightMap.Count)
            {
                return false;
            }
            foreach (DictionaryEntry entry in leftMap)
            {
                if (!rightMap.Contains(entry.Key) || !ItemEquals(entry.Value, rightMap[entry.Key]))
                {
                    return false;
                }
            }
            return true;
        }
        var rightEnumerator = rightItems.GetEnumerator();
        foreach (var item in leftItems)
        {
            if (!rightEnumerator.MoveNext() || !ItemEquals(item, rightEnumerator.Current))
            {
                return false;
            }
        }
        return !rightEnumerator.MoveNext();
    }

    private static int ItemHash(object? item)
    {
        if (item is null)
        {
            return 0;
        }
        if (item is JsonElement json)
        {
            return Hash(json);
        }
        if (item is string || item is not IEnumerable items)
        {
            return item.GetHashCode();
        }
        if (item is IDictionary)
        {
            // Order-independent: the count is enough to stay consistent with ItemEquals.
            return ((IDictionary)item).Count;
        }
        var hash = new HashCode();
        foreach (var inner in items)
        {
            hash.Add(ItemHash(inner));
        }
        return hash.ToHashCode();
    }
}
