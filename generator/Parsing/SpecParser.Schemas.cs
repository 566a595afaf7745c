using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi.Any;
using Microsoft.OpenApi.Interfaces;
using Microsoft.OpenApi.Models;
using QlikGen.Generator.Diagnostics;
using QlikGen.Generator.Model;
using QlikGen.Generator.Naming;

namespace QlikGen.Generator.Parsing;

/// <summary>Schemas: component and inline schemas become records, extensible enums, or references to primitives.</summary>
internal sealed partial class SpecParser
{
    private const string ReplacedByExtension = "x-qlikgen-replaced-by";
    private static readonly string[] ReservedPropertyNames = { "EqualityContract", "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "Deconstruct" };
    private static readonly string[] ReservedEnumMemberNames = { "Value", "IsKnown", "KnownValues", "Equals", "GetHashCode", "ToString", "GetType" };

    private readonly Dictionary<string, TypeRef> _componentTypes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _resolvingComponents = new(StringComparer.Ordinal);

    private void ParseComponents()
    {
        var schemas = _document.Components?.Schemas;
        if (schemas is null)
        {
            return;
        }

        // Pass 1: claim the names of component records and enums, so references resolve in any order.
        var pending = new List<(string Key, OpenApiSchema Schema, TypeRef Type)>();
        foreach (var pair in schemas)
        {
            TypeRef? type = IsRecordShape(pair.Value) ? TypeRef.Generated(TypeKind.Record, _typeNames.Claim(Identifier.Pascal(pair.Key)))
                : IsStringEnum(pair.Value) ? TypeRef.Generated(TypeKind.Enum, _typeNames.Claim(Identifier.Pascal(pair.Key)))
                : null;
            if (type is not null)
            {
                _componentTypes[pair.Key] = type;
                pending.Add((pair.Key, pair.Value, type));
            }
        }

        // Pass 2: build them, then resolve the aliases (arrays, maps, primitives) so their inline items are generated too.
        foreach (var (key, schema, type) in pending)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var pointer = ComponentPointer(key);
            if (type.Kind == TypeKind.Record)
            {
                BuildRecord(type.Name, key, schema, pointer);
            }
            else
            {
                BuildEnum(type.Name, key, schema);
            }
        }
        foreach (var key in schemas.Keys)
        {
            ComponentType(key, schemas[key]);
        }
    }

    private static string ComponentPointer(string key) => "#/components/schemas/" + Escape(key);

    private TypeRef ComponentType(string key, OpenApiSchema schema)
    {
        if (_componentTypes.TryGetValue(key, out var known))
        {
            return known;
        }
        if (!_resolvingComponents.Add(key))
        {
            Report(DiagnosticIds.UnsupportedConstruct, Locate(ComponentPointer(key)), key, "a cycle of schemas that are only aliases of each other");
            return TypeRef.Of(TypeKind.Any);
        }
        var hint = Identifier.Pascal(key) + (schema.Type == "array" ? "Item" : schema.AdditionalProperties is not null && schema.Properties.Count == 0 ? "Value" : string.Empty);
        var type = Classify(schema, hint, ComponentPointer(key), key);
        _componentTypes[key] = type;
        _resolvingComponents.Remove(key);
        return type;
    }

    /// <summary>The C# type of a schema: a component reference, or an inline schema named <paramref name="hint"/> if it needs a type.</summary>
    private TypeRef ResolveType(OpenApiSchema? schema, string hint, string pointer, string display)
    {
        if (schema is null)
        {
            return TypeRef.Of(TypeKind.Any);
        }
        if (schema.Reference is { } reference && !reference.IsExternal && reference.Type == Microsoft.OpenApi.Models.ReferenceType.Schema)
        {
            var components = _document.Components?.Schemas;
            if (schema.UnresolvedReference || components is null || !components.TryGetValue(reference.Id, out var target))
            {
                Report(DiagnosticIds.UnresolvedReference, Locate(pointer), display, reference.ReferenceV3 ?? reference.Id);
                return TypeRef.Of(TypeKind.Any);
            }
            return ComponentType(reference.Id, target);
        }
        if (schema.Reference is { IsExternal: true } external)
        {
            Report(DiagnosticIds.UnresolvedReference, Locate(pointer), display, external.ReferenceV3 ?? external.ExternalResource);
            return TypeRef.Of(TypeKind.Any);
        }
        return Classify(schema, hint, pointer, display);
    }

    private TypeRef Classify(OpenApiSchema schema, string hint, string pointer, string display)
    {
        if (schema.AllOf.Count == 1 && schema.Properties.Count == 0)
        {
            return ResolveType(schema.AllOf[0], hint, pointer + "/allOf/0", display);
        }
        var alternatives = schema.OneOf.Count > 0 ? schema.OneOf : schema.AnyOf;
        if (alternatives.Count == 1)
        {
            return ResolveType(alternatives[0], hint, pointer + (schema.OneOf.Count > 0 ? "/oneOf/0" : "/anyOf/0"), display);
        }
        if (alternatives.Count > 1)
        {
            Report(DiagnosticIds.UnsupportedConstruct, Locate(pointer), display, schema.OneOf.Count > 0 ? "oneOf" : "anyOf");
            return TypeRef.Of(TypeKind.Any);
        }
        if (IsStringEnum(schema))
        {
            var name = _typeNames.Claim(hint);
            BuildEnum(name, display, schema);
            return TypeRef.Generated(TypeKind.Enum, name);
        }
        if (IsRecordShape(schema))
        {
            var name = _typeNames.Claim(hint);
            BuildRecord(name, display, schema, pointer);
            return TypeRef.Generated(TypeKind.Record, name);
        }
        switch (schema.Type)
        {
            case "array":
                return TypeRef.ListOf(ResolveType(schema.Items, hint, pointer + "/items", display + "[]"));
            case "string":
                return TypeRef.Of(schema.Format switch
                {
                    "date-time" => TypeKind.DateTimeOffset,
                    "date" => TypeKind.Date,
                    "uuid" => TypeKind.Guid,
                    "byte" => TypeKind.Base64,
                    _ => TypeKind.String,
                });
            case "integer":
                return TypeRef.Of(schema.Format == "int64" ? TypeKind.Int64 : TypeKind.Int32);
            case "number":
                return TypeRef.Of(schema.Format == "float" ? TypeKind.Single : TypeKind.Double);
            case "boolean":
                return TypeRef.Of(TypeKind.Boolean);
        }
        if (schema.AdditionalProperties is { } values)
        {
            return TypeRef.MapOf(ResolveType(values, hint, pointer + "/additionalProperties", display + "{}"));
        }
        if (schema.Items is not null)
        {
            return TypeRef.ListOf(ResolveType(schema.Items, hint, pointer + "/items", display + "[]"));
        }
        return TypeRef.Of(TypeKind.Any);
    }

    private static bool IsRecordShape(OpenApiSchema schema)
        => schema.Type is null or "object"
            && schema.Enum.Count == 0
            && schema.OneOf.Count == 0
            && schema.AnyOf.Count == 0
            && (schema.Properties.Count > 0 || schema.AllOf.Count > 1);

    private static bool IsStringEnum(OpenApiSchema schema)
        => schema.Enum.Count > 0
            && schema.Type is null or "string"
            && schema.Enum.All(value => value is OpenApiString or OpenApiNull);

    private void BuildRecord(string name, string schemaName, OpenApiSchema schema, string pointer)
    {
        var record = new RecordBuilder(name, schemaName, DescriptionOf(schema), IsDeprecated(schema) ? new DeprecationModel(string.Empty) : null);
        _records[name] = record;

        var names = new UniqueNames(ReservedPropertyNames);
        var wireToName = new Dictionary<string, string>(StringComparer.Ordinal);
        var replacements = new List<(int Index, string WireName)>();
        foreach (var (wireName, candidate, required, propertyPointer) in PropertiesOf(schema, pointer))
        {
            if (candidate is not { } propertySchema)
            {
                // The reader leaves a property whose $ref it cannot resolve without a schema.
                var target = JsonLocator.StringAt(_text, propertyPointer + "/$ref") ?? "an unknown schema";
                Report(DiagnosticIds.UnresolvedReference, Locate(propertyPointer), schemaName + "." + wireName, target);
                record.Properties.Add(new PropertyModel(names.Claim(Identifier.Pascal(wireName)), wireName, TypeRef.Of(TypeKind.Any), false, true, string.Empty, null));
                continue;
            }

            var pascal = Identifier.Pascal(wireName);
            var propertyName = names.Claim(pascal == name ? pascal + "Value" : pascal);
            wireToName[wireName] = propertyName;
            var type = ResolveType(propertySchema, name + Identifier.Pascal(wireName), propertyPointer, schemaName + "." + wireName);
            var isRequired = required && !propertySchema.ReadOnly;
            var deprecated = IsDeprecated(propertySchema);
            if (deprecated && propertySchema.Extensions is { } extensions && extensions.TryGetValue(ReplacedByExtension, out var replacedBy) && replacedBy is OpenApiString replacement)
            {
                replacements.Add((record.Properties.Count, replacement.Value));
            }
            record.Properties.Add(new PropertyModel(
                propertyName,
                wireName,
                type,
                isRequired,
                !isRequired || propertySchema.Nullable,
                DescriptionOf(propertySchema),
                deprecated ? new DeprecationModel(string.Empty) : null));
        }

        foreach (var (index, wireName) in replacements)
        {
            if (wireToName.TryGetValue(wireName, out var replacementName))
            {
                record.Properties[index] = record.Properties[index] with { Deprecation = new DeprecationModel(replacementName) };
            }
        }
    }

    // Own properties, preceded by those of allOf parts (resolved through references), first declaration winning.
    private IEnumerable<(string WireName, OpenApiSchema? Schema, bool Required, string Pointer)> PropertiesOf(OpenApiSchema schema, string pointer)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var required = new HashSet<string>(schema.Required, StringComparer.Ordinal);
        var sources = new List<(OpenApiSchema Schema, string Pointer)>();
        for (var i = 0; i < schema.AllOf.Count; i++)
        {
            var part = schema.AllOf[i];
            var partPointer = part.Reference is { } reference ? ComponentPointer(reference.Id) : pointer + "/allOf/" + i;
            if (part.Reference is not null && (part.UnresolvedReference || _document.Components?.Schemas?.ContainsKey(part.Reference.Id) != true))
            {
                Report(DiagnosticIds.UnresolvedReference, Locate(pointer + "/allOf/" + i), pointer, part.Reference.ReferenceV3 ?? part.Reference.Id);
                continue;
            }
            sources.Add((part, partPointer));
            required.UnionWith(part.Required);
        }
        sources.Add((schema, pointer));
        foreach (var (source, sourcePointer) in sources)
        {
            foreach (var property in source.Properties)
            {
                if (seen.Add(property.Key))
                {
                    yield return (property.Key, property.Value, required.Contains(property.Key), sourcePointer + "/properties/" + Escape(property.Key));
                }
            }
        }
    }

    private void BuildEnum(string name, string schemaName, OpenApiSchema schema)
    {
        var names = new UniqueNames(ReservedEnumMemberNames.Concat(new[] { name }));
        var values = new HashSet<string>(StringComparer.Ordinal);
        var members = new List<EnumMemberModel>();
        foreach (var value in schema.Enum.OfType<OpenApiString>())
        {
            if (values.Add(value.Value))
            {
                members.Add(new EnumMemberModel(names.Claim(EnumMemberName(value.Value)), value.Value));
            }
        }
        _enums[name] = new EnumModel(name, schemaName, DescriptionOf(schema), members.ToEquatableArray());
    }

    // Qlik sorts with "+name"/"-name": a leading sign says which way, so it belongs in the name.
    private static string EnumMemberName(string value)
        => value.Length == 0 ? "Empty"
            : value[0] == '+' ? "Plus" + Identifier.Pascal(value.Substring(1))
            : value[0] == '-' ? "Minus" + Identifier.Pascal(value.Substring(1))
            : Identifier.Pascal(value);

    private static string DescriptionOf(OpenApiSchema schema)
        => (schema.Description ?? schema.Title ?? string.Empty).Trim();

    private static bool IsDeprecated(OpenApiSchema schema) => schema.Deprecated || IsTrue(schema.Extensions, "x-qlik-deprecated");

    private static bool IsTrue(IDictionary<string, IOpenApiExtension>? extensions, string name)
        => extensions is not null && extensions.TryGetValue(name, out var value) && value is OpenApiBoolean { Value: true };
}
