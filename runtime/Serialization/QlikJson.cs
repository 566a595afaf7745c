using System;
using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace QlikGen.Serialization;

/// <summary>Serializes and deserializes generated types through their converters, without reflection.</summary>
public static class QlikJson
{
    /// <summary>The options passed to converters. Generated converters read nothing from them; they are here for composition.</summary>
    public static JsonSerializerOptions Options { get; } = new() { TypeInfoResolver = null };

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false, SkipValidation = false };

    /// <summary>Writes <paramref name="value"/> as UTF-8 JSON.</summary>
    public static byte[] SerializeToUtf8Bytes<T>(T value, JsonConverter<T> converter)
    {
        ArgumentNullException.ThrowIfNull(converter);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                converter.Write(writer, value, Options);
            }
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes <paramref name="value"/> as a JSON string.</summary>
    public static string Serialize<T>(T value, JsonConverter<T> converter)
        => System.Text.Encoding.UTF8.GetString(SerializeToUtf8Bytes(value, converter));

    /// <summary>Reads one JSON value of type <typeparamref name="T"/>; the whole input must be that value.</summary>
    /// <exception cref="JsonException">The input is not valid JSON or does not match the schema of <typeparamref name="T"/>.</exception>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8Json, JsonConverter<T> converter)
    {
        ArgumentNullException.ThrowIfNull(converter);
        var reader = new Utf8JsonReader(WithoutBom(utf8Json), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        if (!reader.Read())
        {
            throw new JsonException("Expected a JSON value but the input was empty.");
        }
        if (reader.TokenType == JsonTokenType.Null && !converter.HandleNull)
        {
            throw new JsonException($"Expected {typeof(T).Name} but found null.");
        }
        var value = converter.Read(ref reader, typeof(T), Options)!;
        if (reader.Read())
        {
            throw new JsonException($"Unexpected data after the JSON value at byte {reader.TokenStartIndex}.");
        }
        return value;
    }

    /// <summary>The input without a leading UTF-8 byte-order mark, which RFC 8259 lets parsers ignore and some proxies add.</summary>
    public static ReadOnlySpan<byte> WithoutBom(ReadOnlySpan<byte> utf8Json)
        => utf8Json.StartsWith(Utf8Bom) ? utf8Json.Slice(Utf8Bom.Length) : utf8Json;

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Reads one JSON value of type <typeparamref name="T"/> from a string.</summary>
    public static T Deserialize<T>(string json, JsonConverter<T> converter)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Deserialize(System.Text.Encoding.UTF8.GetBytes(json), converter);
    }
}
