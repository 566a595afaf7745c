using System.Linq;
using QlikGen.Generator.Model;

namespace QlikGen.Generator.Emitting;

/// <summary>Records: one per object schema, with <c>init</c> properties, <c>required</c> where the schema requires.</summary>
internal static partial class Emitter
{
    public static string Record(string ns, string apiName, RecordModel record)
    {
        var writer = StartFile(ns);
        Summary(writer, record.Description, $"The {Code(record.SchemaName)} schema of the Qlik {Xml(apiName)} API.");
        if (record.Description.Length > 0)
        {
            writer.Line($"/// <remarks>The {Code(record.SchemaName)} schema of the Qlik {Xml(apiName)} API.</remarks>");
        }
        writer.Line(GeneratedCode);
        writer.Line($"[global::QlikGen.QlikApi({Literal(apiName)})]");
        Deprecated(writer, record.Deprecation);
        writer.Line($"[global::System.Text.Json.Serialization.JsonConverter(typeof({ConverterTypeName(record.Name, ns)}))]");
        var bases = record.MultiStatus is { } result
            ? " : global::QlikGen.IQlikMultiStatusResult<global::" + ns + "." + result.ItemType + ">"
            : record.MultiStatusItem is not null ? " : global::QlikGen.IQlikMultiStatusItem" : string.Empty;
        writer.OpenBlock($"public sealed partial record {record.Name}{bases}");

        var first = true;
        foreach (var property in record.Properties)
        {
            if (!first)
            {
                writer.Line();
            }
            first = false;
            Summary(writer, property.Description, $"The {Code(property.WireName)} property.");
            if (property.Deprecation is { Replacement.Length: > 0 } replaced)
            {
                writer.Line($"/// <remarks>Deprecated: use <see cref=\"{replaced.Replacement}\"/> instead.</remarks>");
            }
            Deprecated(writer, property.Deprecation);
            writer.Line($"[global::System.Text.Json.Serialization.JsonPropertyName({Literal(property.WireName)})]");
            var required = property.IsRequired ? "required " : string.Empty;
            writer.Line($"public {required}{Nullable(TypeName(property.Type, ns), property.IsNullable)} {property.Name} {{ get; init; }}");
        }

        if (record.Properties.Any(p => ByContent(p.Type)))
        {
            ValueEquality(writer, record, ns);
        }

        if (record.MultiStatus is { } multi)
        {
            var itemList = "global::System.Collections.Generic.IReadOnlyList<global::" + ns + "." + multi.ItemType + ">";
            var items = multi.ItemsIsNullable ? $"{multi.ItemsProperty} ?? global::System.Array.Empty<global::{ns}.{multi.ItemType}>()" : multi.ItemsProperty;
            writer.Line();
            writer.Line($"{itemList} global::QlikGen.IQlikMultiStatusResult<global::{ns}.{multi.ItemType}>.Items => {items};");
        }
        if (record.MultiStatusItem is { } item)
        {
            writer.Line();
            writer.Line($"int global::QlikGen.IQlikMultiStatusItem.Status => {item.StatusProperty}{(item.StatusIsNullable ? " ?? 0" : string.Empty)};");
            writer.Line();
            writer.Line($"string? global::QlikGen.IQlikMultiStatusItem.Code => {(item.CodeProperty.Length > 0 ? item.CodeProperty : "null")};");
            writer.Line();
            writer.Line($"string? global::QlikGen.IQlikMultiStatusItem.Title => {(item.TitleProperty.Length > 0 ? item.TitleProperty : "null")};");
        }
        writer.CloseBlock();
        return writer.ToString();
    }

    // Records compare lists and maps by reference; QlikGen records compare them by content, so equal JSON gives equal records.
    private static void ValueEquality(SourceWriter writer, RecordModel record, string ns)
    {
        const string Equality = "global::QlikGen.QlikEquality";
        writer.Line();
        writer.Line("/// <summary>Whether <paramref name=\"other\"/> has equal values; lists, maps and raw JSON compare by their content.</summary>");
        writer.OpenBlock($"public bool Equals({record.Name}? other)");
        writer.OpenBlock("if (other is null)");
        writer.Line("return false;");
        writer.CloseBlock();
        writer.OpenBlock("if (ReferenceEquals(this, other))");
        writer.Line("return true;");
        writer.CloseBlock();
        for (var i = 0; i < record.Properties.Count; i++)
        {
            var property = record.Properties[i];
            var comparison = ByContent(property.Type)
                ? $"{Equality}.Equal({property.Name}, other.{property.Name})"
                : $"global::System.Collections.Generic.EqualityComparer<{Nullable(TypeName(property.Type, ns), property.IsNullable)}>.Default.Equals({property.Name}, other.{property.Name})";
            var prefix = i == 0 ? "return " : "    && ";
            var suffix = i == record.Properties.Count - 1 ? ";" : string.Empty;
            writer.Line(prefix + comparison + suffix);
        }
        writer.CloseBlock();
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.OpenBlock("public override int GetHashCode()");
        writer.Line("var hash = new global::System.HashCode();");
        foreach (var property in record.Properties)
        {
            writer.Line(ByContent(property.Type) ? $"hash.Add({Equality}.Hash({property.Name}));" : $"hash.Add({property.Name});");
        }
        writer.Line("return hash.ToHashCode();");
        writer.CloseBlock();
    }

    // Lists, maps and raw JSON have reference (or position) equality of their own: QlikEquality compares their content.
    private static bool ByContent(TypeRef type) => type.Kind is TypeKind.List or TypeKind.Map or TypeKind.Any;

    private static void Deprecated(SourceWriter writer, DeprecationModel? deprecation)
    {
        if (deprecation is null)
        {
            return;
        }
        writer.Line(deprecation.Replacement.Length > 0
            ? $"[global::QlikGen.QlikDeprecated(Replacement = {Literal(deprecation.Replacement)})]"
            : "[global::QlikGen.QlikDeprecated]");
    }

    public static string RecordConverter(string ns, RecordModel record)
    {
        var type = "global::" + ns + "." + record.Name;
        var writer = StartFile(ns + ".Serialization");
        writer.Line($"/// <summary>Reads and writes <see cref=\"{type}\"/> as JSON without reflection.</summary>");
        writer.Line(GeneratedCode);
        writer.OpenBlock($"public sealed class {record.Name}JsonConverter : {JsonConverterOf}<{type}>");
        writer.Line($"/// <summary>The shared instance.</summary>");
        writer.Line($"public static {record.Name}JsonConverter Instance {{ get; }} = new();");
        for (var i = 0; i < record.Properties.Count; i++)
        {
            var property = record.Properties[i];
            writer.Line();
            writer.Line($"private static readonly {JsonConverterOf}<{TypeName(property.Type, ns)}> s_{property.Name} = {ConverterExpression(property.Type, ns)};");
        }

        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.OpenBlock($"public override {type} Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options)");
        writer.Line($"{JsonErrors}.Expect(ref reader, global::System.Text.Json.JsonTokenType.StartObject, {Literal("a JSON object for " + record.Name)});");
        for (var i = 0; i < record.Properties.Count; i++)
        {
            var property = record.Properties[i];
            var local = Nullable(TypeName(property.Type, ns), property.IsNullable);
            writer.Line($"{local} p{i} = default{(property.IsNullable || property.Type.IsValueType ? string.Empty : "!")};");
            if (property.IsRequired)
            {
                writer.Line($"var has{i} = false;");
            }
        }
        writer.OpenBlock("while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndObject)");
        var keyword = "if";
        for (var i = 0; i < record.Properties.Count; i++)
        {
            var property = record.Properties[i];
            writer.OpenBlock($"{keyword} (reader.ValueTextEquals({Literal(property.WireName)}u8))");
            ReadValue(writer, record, property, i);
            if (property.IsRequired)
            {
                writer.Line($"has{i} = true;");
            }
            writer.CloseBlock();
            keyword = "else if";
        }
        // Properties the spec does not list are skipped: the service may add fields at any time.
        if (record.Properties.Count > 0)
        {
            writer.OpenBlock("else");
        }
        writer.Line("reader.Read();");
        writer.Line("reader.Skip();");
        if (record.Properties.Count > 0)
        {
            writer.CloseBlock();
        }
        writer.CloseBlock();
        for (var i = 0; i < record.Properties.Count; i++)
        {
            var property = record.Properties[i];
            if (property.IsRequired)
            {
                writer.OpenBlock($"if (!has{i})");
                writer.Line($"throw {JsonErrors}.MissingRequired({Literal(record.Name)}, {Literal(property.WireName)});");
                writer.CloseBlock();
            }
        }
        if (record.Properties.Count == 0)
        {
            writer.Line($"return new {type}();");
        }
        else
        {
            writer.OpenBlock($"return new {type}");
            for (var i = 0; i < record.Properties.Count; i++)
            {
                writer.Line($"{record.Properties[i].Name} = p{i},");
            }
            writer.CloseBlock(";");
        }
        writer.CloseBlock();

        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.OpenBlock($"public override void Write(global::System.Text.Json.Utf8JsonWriter writer, {type} value, global::System.Text.Json.JsonSerializerOptions options)");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(writer);");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(value);");
        writer.Line("writer.WriteStartObject();");
        for (var i = 0; i < record.Properties.Count; i++)
        {
            WriteValue(writer, record, record.Properties[i], i);
        }
        writer.Line("writer.WriteEndObject();");
        writer.CloseBlock();
        writer.CloseBlock();
        return writer.ToString();
    }

    private static void ReadValue(SourceWriter writer, RecordModel record, PropertyModel property, int index)
    {
        const string Read = "global::QlikGen.Serialization.QlikJsonRead.";
        var call = !property.IsNullable
            ? $"{Read}Required(ref reader, s_{property.Name}, options, {Literal(record.Name)}, {Literal(property.WireName)})"
            : property.Type.IsValueType
                ? $"{Read}OptionalValue(ref reader, s_{property.Name}, options)"
                : $"{Read}Optional(ref reader, s_{property.Name}, options)";
        writer.Line($"p{index} = {call};");
    }

    private static void WriteValue(SourceWriter writer, RecordModel record, PropertyModel property, int index)
    {
        var name = $"{Literal(property.WireName)}u8";
        if (!property.IsNullable)
        {
            writer.Line($"writer.WritePropertyName({name});");
            var value = property.Type.IsValueType
                ? "value." + property.Name
                : $"value.{property.Name} ?? throw {JsonErrors}.RequiredValueNull({Literal(record.Name)}, {Literal(property.Name)})";
            writer.Line($"s_{property.Name}.Write(writer, {value}, options);");
            return;
        }
        // Optional members that are null are left out; a required but nullable one is written as null.
        writer.OpenBlock($"if (value.{property.Name} is {{ }} v{index})");
        writer.Line($"writer.WritePropertyName({name});");
        writer.Line($"s_{property.Name}.Write(writer, v{index}, options);");
        writer.CloseBlock();
        if (property.IsRequired)
        {
            writer.OpenBlock("else");
            writer.Line($"writer.WriteNull({name});");
            writer.CloseBlock();
        }
    }
}
