using QlikGen.Generator.Model;

namespace QlikGen.Generator.Emitting;

/// <summary>A System.Text.Json type-info resolver over the generated converters, for reflection-free use of JsonSerializer.</summary>
internal static partial class Emitter
{
    public static string ResolverName(string apiName) => apiName + "JsonTypeInfoResolver";

    public static string Resolver(string ns, string apiName, EquatableArray<string> typeNames)
    {
        var name = ResolverName(apiName);
        var writer = StartFile(ns + ".Serialization");
        writer.Line("/// <summary>");
        writer.Line($"/// JSON metadata for every type of the Qlik {Xml(apiName)} API, built on the generated converters: no reflection, trim- and AOT-safe.");
        writer.Line("/// </summary>");
        writer.Line("/// <remarks>");
        writer.Line($"/// Use it with <c>JsonSerializer</c>: <c>new JsonSerializerOptions {{ TypeInfoResolver = {name}.Default }}</c>,");
        writer.Line("/// or combine it with other resolvers through <c>JsonTypeInfoResolver.Combine</c>.");
        writer.Line("/// </remarks>");
        writer.Line(GeneratedCode);
        writer.OpenBlock($"public sealed class {name} : global::System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver");
        writer.Line("/// <summary>The shared instance.</summary>");
        writer.Line($"public static {name} Default {{ get; }} = new();");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.OpenBlock("public global::System.Text.Json.Serialization.Metadata.JsonTypeInfo? GetTypeInfo(global::System.Type type, global::System.Text.Json.JsonSerializerOptions options)");
        foreach (var typeName in typeNames)
        {
            var type = "global::" + ns + "." + typeName;
            writer.OpenBlock($"if (type == typeof({type}))");
            writer.Line($"return global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.CreateValueInfo<{type}>(options, {ConverterTypeName(typeName, ns)}.Instance);");
            writer.CloseBlock();
        }
        writer.Line("return null;");
        writer.CloseBlock();
        writer.CloseBlock();
        return writer.ToString();
    }
}
