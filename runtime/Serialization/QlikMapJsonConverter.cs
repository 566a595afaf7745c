using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace QlikGen.Serialization;

/// <summary>Reads and writes a JSON object used as a map (<c>additionalProperties</c>) through the converter of its values.</summary>
/// <typeparam name="T">The value type.</typeparam>
public sealed class QlikMapJsonConverter<T> : JsonConverter<IReadOnlyDictionary<string, T>>
{
    private readonly JsonConverter<T> _value;

    /// <summary>Creates the converter over <paramref name="value"/>.</summary>
    public QlikMapJsonConverter(JsonConverter<T> value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        QlikJsonErrors.Expect(ref reader, JsonTokenType.StartObject, "an object");
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            reader.Read();
            if (reader.TokenType == JsonTokenType.Null && !_value.HandleNull)
            {
                throw QlikJsonErrors.UnexpectedToken(ref reader, "a value for '" + name + "' that is not null");
            }
            map[name] = _value.Read(ref reader, typeof(T), options)!;
        }
        return map;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, T> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        foreach (var pair in value)
        {
            writer.WritePropertyName(pair.Key);
            if (pair.Value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                _value.Write(writer, pair.Value, options);
            }
        }
        writer.WriteEndObject();
    }
}
