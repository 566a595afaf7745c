using System.Text.Json;

namespace QlikGen.Serialization;

/// <summary>The <see cref="JsonException"/>s generated converters throw: each says what was expected and where.</summary>
public static class QlikJsonErrors
{
    /// <summary>Throws unless the reader stands on a token of <paramref name="expected"/>.</summary>
    public static void Expect(ref Utf8JsonReader reader, JsonTokenType expected, string what)
    {
        if (reader.TokenType != expected)
        {
            throw UnexpectedToken(ref reader, what);
        }
    }

    /// <summary>The reader stands on a token other than <paramref name="what"/>.</summary>
    public static JsonException UnexpectedToken(ref Utf8JsonReader reader, string what)
        => new($"Expected {what} but found {Describe(reader.TokenType)} at byte {reader.TokenStartIndex}.");

    /// <summary>An object lacked a property its schema requires.</summary>
    public static JsonException MissingRequired(string typeName, string wireName)
        => new($"The JSON for {typeName} lacks the required property '{wireName}'.");

    /// <summary>A property its schema does not allow to be null was null.</summary>
    public static JsonException NullNotAllowed(string typeName, string wireName)
        => new($"The property '{wireName}' of {typeName} must not be null.");

    /// <summary>A required member was null when the value was written.</summary>
    public static JsonException RequiredValueNull(string typeName, string memberName)
        => new($"{typeName}.{memberName} is required but was null.");

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}
