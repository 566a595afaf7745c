using System.Linq;
using QlikGen.Generator.Model;

namespace QlikGen.Generator.Emitting;

/// <summary>
/// Extensible enums: a struct over the wire string. Known values are static members; a value the spec does not list
/// (Qlik adds them over time) reads, compares, prints and writes back unchanged.
/// </summary>
internal static partial class Emitter
{
    public static string Enum(string ns, string apiName, EnumModel model)
    {
        var name = model.Name;
        var writer = StartFile(ns);
        Summary(writer, model.Description, $"The values of {Code(model.SchemaName)} in the Qlik {Xml(apiName)} API.");
        writer.Line("/// <remarks>");
        writer.Line($"/// An extensible enum from {Code(model.SchemaName)}: the values the spec lists are static members, and any other value");
        writer.Line("/// the service sends is kept as it came. Convert from a string to send a value the spec does not list yet.");
        writer.Line("/// </remarks>");
        writer.Line(GeneratedCode);
        writer.Line($"[global::QlikGen.QlikApi({Literal(apiName)})]");
        writer.Line($"[global::System.Text.Json.Serialization.JsonConverter(typeof({ConverterTypeName(name, ns)}))]");
        writer.OpenBlock($"public readonly partial struct {name} : global::System.IEquatable<{name}>");
        writer.Line("private readonly string? _value;");
        writer.Line();
        writer.Line("/// <summary>Creates a value, known or not.</summary>");
        writer.Line("/// <param name=\"value\">The wire value.</param>");
        writer.Line("/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"value\"/> is null.</exception>");
        writer.Line($"public {name}(string value) => _value = value ?? throw new global::System.ArgumentNullException(nameof(value));");
        foreach (var member in model.Members)
        {
            writer.Line();
            writer.Line(member.Value.Length == 0 ? "/// <summary>The empty string value.</summary>" : $"/// <summary>The value {Code(member.Value)}.</summary>");
            writer.Line($"public static {name} {member.Name} {{ get; }} = new({Literal(member.Value)});");
        }
        writer.Line();
        // Declared after the members: static initializers run in text order.
        writer.Line($"private static readonly {name}[] s_known = new {name}[] {{ {string.Join(", ", model.Members.Select(m => m.Name))} }};");
        writer.Line();
        writer.Line("/// <summary>The values the spec lists, in its order.</summary>");
        writer.Line($"public static global::System.Collections.Generic.IReadOnlyList<{name}> KnownValues => s_known;");
        writer.Line();
        writer.Line("/// <summary>The wire value; empty for <see langword=\"default\"/>.</summary>");
        writer.Line("public string Value => _value ?? string.Empty;");
        writer.Line();
        writer.Line("/// <summary>Whether this is one of the values the spec lists.</summary>");
        writer.Line("public bool IsKnown => global::System.Array.IndexOf(s_known, this) >= 0;");
        writer.Line();
        writer.Line($"/// <summary>Compares the wire values, case-sensitively.</summary>");
        writer.Line($"public static bool operator ==({name} left, {name} right) => left.Equals(right);");
        writer.Line();
        writer.Line($"/// <summary>Compares the wire values, case-sensitively.</summary>");
        writer.Line($"public static bool operator !=({name} left, {name} right) => !left.Equals(right);");
        writer.Line();
        writer.Line($"/// <summary>Converts a wire value, known or not.</summary>");
        writer.Line($"public static implicit operator {name}(string value) => new(value);");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line($"public bool Equals({name} other) => string.Equals(Value, other.Value, global::System.StringComparison.Ordinal);");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line($"public override bool Equals(object? obj) => obj is {name} other && Equals(other);");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line("public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Value);");
        writer.Line();
        writer.Line("/// <summary>The wire value.</summary>");
        writer.Line("public override string ToString() => Value;");
        writer.CloseBlock();
        return writer.ToString();
    }

    public static string EnumConverter(string ns, EnumModel model)
    {
        var type = "global::" + ns + "." + model.Name;
        var writer = StartFile(ns + ".Serialization");
        writer.Line($"/// <summary>Reads and writes <see cref=\"{type}\"/> as its JSON string, known value or not.</summary>");
        writer.Line(GeneratedCode);
        writer.OpenBlock($"public sealed class {model.Name}JsonConverter : {JsonConverterOf}<{type}>");
        writer.Line("/// <summary>The shared instance.</summary>");
        writer.Line($"public static {model.Name}JsonConverter Instance {{ get; }} = new();");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.OpenBlock($"public override {type} Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options)");
        writer.Line($"{JsonErrors}.Expect(ref reader, global::System.Text.Json.JsonTokenType.String, {Literal("a JSON string for " + model.Name)});");
        writer.Line($"return new {type}(reader.GetString()!);");
        writer.CloseBlock();
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.OpenBlock($"public override void Write(global::System.Text.Json.Utf8JsonWriter writer, {type} value, global::System.Text.Json.JsonSerializerOptions options)");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(writer);");
        writer.Line("writer.WriteStringValue(value.Value);");
        writer.CloseBlock();
        writer.CloseBlock();
        return writer.ToString();
    }
}
