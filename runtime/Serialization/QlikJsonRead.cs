using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace QlikGen.Serialization;

/// <summary>
/// Reads the value of the JSON property the reader stands on (its name), for generated converters: one call per
/// property instead of the same null handling written out in every converter.
/// </summary>
public static class QlikJsonRead
{
    /// <summary>Moves to the value and converts it; JSON <c>null</c> is an error, as the schema does not allow it.</summary>
    /// <exception cref="JsonException">The value is null or does not match.</exception>
    public static T Required<T>(ref Utf8JsonReader reader, JsonConverter<T> converter, JsonSerializerOptions options, string typeName, string wireName)
    {
        ArgumentNullException.ThrowIfNull(converter);
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            throw QlikJsonErrors.NullNotAllowed(typeName, wireName);
        }
        return converter.Read(ref reader, typeof(T), options)!;
    }

    /// <summary>Moves to the value and converts it; JSON <c>null</c> reads as <see langword="null"/>.</summary>
    public static T? Optional<T>(ref Utf8JsonReader reader, JsonConverter<T> converter, JsonSerializerOptions options)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(converter);
        reader.Read();
        return reader.TokenType == JsonTokenType.Null ? null : converter.Read(ref reader, typeof(T), options);
    }

    /// <summary>Moves to the value and converts it; JSON <c>null</c> reads as <see langword="null"/>.</summary>
    public static T? OptionalValue<T>(ref Utf8JsonReader reader, JsonConverter<T> converter, JsonSerializerOptions options)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(converter);
        reader.Read();
        return reader.TokenType == JsonTokenType.Null ? null : converter.Read(ref reader, typeof(T), options);
    }
}
