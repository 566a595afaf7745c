using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using QlikGen.Generator.Emitting;
using QlikGen.Generator.Model;
using QlikGen.Generator.Parsing;

namespace QlikGen.Generator;

/// <summary>
/// Generates typed records, extensible enums and a client from each Qlik OpenAPI spec passed as an AdditionalFiles item
/// marked <c>QlikGenSpec="true"</c>. Read → parse into an equatable model → one output per type and per client.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class QlikGenGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var specs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, ct) => SpecOptionsReader.Read(pair.Left, pair.Right, ct))
            .WithTrackingName(TrackingNames.ReadSpec)
            .Where(static spec => spec is not null)
            .Select(static (spec, _) => spec!);

        // Specs that share a namespace would generate the same types twice: say so at each of them.
        var namespaces = specs
            .Select(static (spec, _) => new SpecNamespace(spec.Path, spec.Options.Namespace))
            .Collect()
            .Select(static (all, _) => NamespaceCollisions.Find(all))
            .WithTrackingName(TrackingNames.Namespaces);
        context.RegisterSourceOutput(namespaces, static (spc, items) =>
        {
            foreach (var item in items)
            {
                spc.ReportDiagnostic(item.ToDiagnostic());
            }
        });

        var parsed = specs
            .Select(static (spec, ct) => SpecParser.Parse(spec, ct))
            .WithTrackingName(TrackingNames.ParseSpec);

        var diagnostics = parsed
            .Select(static (result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);
        context.RegisterSourceOutput(diagnostics, static (spc, items) =>
        {
            foreach (var item in items)
            {
                spc.ReportDiagnostic(item.ToDiagnostic());
            }
        });

        // A spec that shares its namespace with another (QLIKGEN008) is left out, rather than colliding with it.
        var models = parsed
            .Where(static result => result.Model is not null)
            .Select(static (result, _) => result.Model!)
            .Combine(namespaces)
            .Where(static pair => !pair.Right.Any(collision => collision.FilePath == pair.Left.SpecPath))
            .Select(static (pair, _) => pair.Left)
            .WithTrackingName(TrackingNames.Model);

        var types = models
            .SelectMany(static (model, _) => TypesOf(model))
            .WithTrackingName(TrackingNames.Types);
        context.RegisterSourceOutput(types, static (spc, type) =>
        {
            if (type.Record is { } record)
            {
                spc.AddSource(HintName(type.Namespace, record.Name), Emitter.Record(type.Namespace, type.ApiName, record));
                spc.AddSource(HintName(type.Namespace + ".Serialization", record.Name + "JsonConverter"), Emitter.RecordConverter(type.Namespace, record));
            }
            else if (type.Enum is { } model)
            {
                spc.AddSource(HintName(type.Namespace, model.Name), Emitter.Enum(type.Namespace, type.ApiName, model));
                spc.AddSource(HintName(type.Namespace + ".Serialization", model.Name + "JsonConverter"), Emitter.EnumConverter(type.Namespace, model));
            }
        });

        var clients = models
            .Select(static (model, _) => new ClientOutput(
                model.Options.Namespace,
                model.Options.ApiName,
                model.Client,
                model.Records.Select(r => r.Name).Concat(model.Enums.Select(e => e.Name)).OrderBy(n => n, System.StringComparer.Ordinal).ToEquatableArray()))
            .WithTrackingName(TrackingNames.Clients);
        context.RegisterSourceOutput(clients, static (spc, client) =>
        {
            spc.AddSource(HintName(client.Namespace, client.Client.InterfaceName), Emitter.ClientInterface(client.Namespace, client.ApiName, client.Client));
            spc.AddSource(HintName(client.Namespace, client.Client.Name), Emitter.ClientClass(client.Namespace, client.ApiName, client.Client));
            spc.AddSource(HintName(client.Namespace + ".Serialization", Emitter.ResolverName(client.ApiName)), Emitter.Resolver(client.Namespace, client.ApiName, client.TypeNames));
        });
    }

    private static ImmutableArray<TypeOutput> TypesOf(ApiModel model)
        => model.Records.Select(r => new TypeOutput(model.Options.Namespace, model.Options.ApiName, r, null))
            .Concat(model.Enums.Select(e => new TypeOutput(model.Options.Namespace, model.Options.ApiName, null, e)))
            .ToImmutableArray();

    // Namespaces keep hint names unique across several specs in one project.
    private static string HintName(string ns, string typeName) => ns + "." + typeName + ".g.cs";
}
