using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace QlikGen.Serialization;

/// <summary>Reads and writes a JSON array through the converter of its items.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class QlikListJsonConverter<T> : JsonConverter<IReadOnlyList<T>>
{
    private readonly JsonConverter<T> _item;

    /// <summary>Creates the converter over <paramref name="item"/>.</summary>
    public QlikListJsonConverter(JsonConverter<T> item) => _item = item ?? throw new ArgumentNullException(nameof(item));

    /// <inheritdoc />
    public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        QlikJsonErrors.Expect(ref reader, JsonTokenType.StartArray, "an array");
        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.Null && !_item.HandleNull)
            {
                throw QlikJsonErrors.UnexpectedToken(ref reader, "an array item that is not null");
            }
            items.Add(_item.Read(ref reader, typeof(T), options)!);
        }
        return items;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartArray();
        foreach (var item in value)
        {
            if (item is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                _item.Write(writer, item, options);
            }
        }
        writer.WriteEndArray();
    }
}
