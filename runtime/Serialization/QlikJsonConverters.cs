using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace QlikGen.Serialization;

/// <summary>
/// The converters generated code composes: primitives, lists and maps. Generated converters call them directly,
/// never through <see cref="JsonSerializer"/>, so (de)serialization needs no reflection and is trim- and AOT-safe.
/// </summary>
public static class QlikJsonConverters
{
    /// <summary>JSON string.</summary>
    public static JsonConverter<string> String { get; } = new StringConverter();

    /// <summary>JSON <c>true</c>/<c>false</c>.</summary>
    public static JsonConverter<bool> Boolean { get; } = new BooleanConverter();

    /// <summary>JSON number that fits in 32 bits.</summary>
    public static JsonConverter<int> Int32 { get; } = new Int32Converter();

    /// <summary>JSON number that fits in 64 bits.</summary>
    public static JsonConverter<long> Int64 { get; } = new Int64Converter();

    /// <summary>JSON number as a double.</summary>
    public static JsonConverter<double> Double { get; } = new DoubleConverter();

    /// <summary>JSON number as a float.</summary>
    public static JsonConverter<float> Single { get; } = new SingleConverter();

    /// <summary>RFC 3339 <c>date-time</c> string.</summary>
    public static JsonConverter<DateTimeOffset> DateTimeOffset { get; } = new DateTimeOffsetConverter();

    /// <summary>RFC 3339 <c>full-date</c> string.</summary>
    public static JsonConverter<DateOnly> Date { get; } = new DateConverter();

    /// <summary>UUID string.</summary>
    public static JsonConverter<Guid> Guid { get; } = new GuidConverter();

    /// <summary>Base64 string (<c>format: byte</c>).</summary>
    public static JsonConverter<byte[]> Base64 { get; } = new Base64Converter();

    /// <summary>Any JSON value, kept as it came (free-form objects, schemas QlikGen cannot type).</summary>
    public static JsonConverter<JsonElement> Any { get; } = new AnyConverter();

    /// <summary>A JSON array whose items <paramref name="item"/> converts.</summary>
    public static JsonConverter<IReadOnlyList<T>> ListOf<T>(JsonConverter<T> item) => new QlikListJsonConverter<T>(item);

    /// <summary>A JSON object used as a map from property name to a value <paramref name="value"/> converts.</summary>
    public static JsonConverter<IReadOnlyDictionary<string, T>> MapOf<T>(JsonConverter<T> value) => new QlikMapJsonConverter<T>(value);

    private sealed class StringConverter : JsonConverter<string>
    {
        public override bool HandleNull => false;

        public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            QlikJsonErrors.Expect(ref reader, JsonTokenType.String, "a string");
            return reader.GetString()!;
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }

    private sealed class BooleanConverter : JsonConverter<bool>
    {
        public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => reader.TokenType switch
            {
                JsonTokenType.True => true,
                JsonTokenType.False => false,
                _ => throw QlikJsonErrors.UnexpectedToken(ref reader, "true or false"),
            };

        public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteBooleanValue(value);
    }

    private sealed class Int32Converter : JsonConverter<int>
    {
        public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            QlikJsonErrors.Expect(ref reader, JsonTokenType.Number, "an integer");
            return reader.TryGetInt32(out var value) ? value : throw QlikJsonErrors.UnexpectedToken(ref reader, "an integer within 32 bits");
        }

        public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
    }

    private sealed class Int64Converter : JsonConverter<long>
    {
        public override long Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            QlikJsonErrors.Expect(ref reader, JsonTokenType.Number, "an integer");
            return reader.TryGetInt64(out var value) ? value : throw QlikJsonErrors.UnexpectedToken(ref reader, "an integer within 64 bits");
        }

        public override void Write(Utf8JsonWriter writer, long value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
    }

    private sealed class DoubleConverter : JsonConverter<double>
    {
        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            QlikJsonErrors.Expect(ref reader, JsonTokenType.Number, "a number");
            return reader.GetDouble();
        }

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
    }

    private sealed class SingleConverter : JsonConverter<float>
    {
        public override float Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            QlikJsonErrors.Expect(ref reader, JsonTokenType.Number, "a number");
            return reader.GetSingle();
        }

        public override void Write(Utf8JsonWriter writer, float value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
    }

    private sealed class DateTimeOffsetConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            QlikJsonErrors.Expect(ref reader, JsonTokenType.String, "a date-time string");
            return reader.TryGetDateTimeOffset(out var value) ? value : throw QlikJsonErrors.UnexpectedToken(ref reader, "an RFC 3339 date-time");
        }

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }

    private sealed class DateConverter : JsonConverter<DateOnly>
    {
        public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            QlikJsonErrors.Expect(ref reader, JsonTokenType.String, "a date string");
            return DateOnly.TryParseExact(reader.GetString(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var value)
                ? value
                : throw QlikJsonErrors.UnexpectedToken(ref reader, "a date as yyyy-MM-dd");
        }

        public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options)
            => writer.WriteStringValue(value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    private sealed class GuidConverter : JsonConverter<Guid>
    {
        public override Guid Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            QlikJsonErrors.Expect(ref reader, JsonTokenType.String, "a UUID string");
            return reader.TryGetGuid(out var value) ? value : throw QlikJsonErrors.UnexpectedToken(ref reader, "a UUID");
        }

        public override void Write(Utf8JsonWriter writer, Guid value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }

    private sealed class Base64Converter : JsonConverter<byte[]>
    {
        public override bool HandleNull => false;

        public override byte[] Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            QlikJsonErrors.Expect(ref reader, JsonTokenType.String, "a base64 string");
            return reader.TryGetBytesFromBase64(out var value) ? value : throw QlikJsonErrors.UnexpectedToken(ref reader, "valid base64");
        }

        public override void Write(Utf8JsonWriter writer, byte[] value, JsonSerializerOptions options) => writer.WriteBase64StringValue(value);
    }

    private sealed class AnyConverter : JsonConverter<JsonElement>
    {
        public override bool HandleNull => true;

        public override JsonElement Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            return document.RootElement.Clone();
        }

        public override void Write(Utf8JsonWriter writer, JsonElement value, JsonSerializerOptions options)
        {
            if (value.ValueKind == JsonValueKind.Undefined)
            {
                writer.WriteNullValue();
                return;
            }
            value.WriteTo(writer);
        }
    }
}
