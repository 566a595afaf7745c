using System.Collections.Generic;
using QlikGen.Generator.Emitting;
using QlikGen.Generator.Model;
using QlikGen.Generator.Tests.Infrastructure;
using Xunit;

namespace QlikGen.Generator.Tests;

/// <summary>The emitter alone, from hand-built models: what each model shape prints, independent of the parser.</summary>
public sealed class EmitterTests
{
    private const string Ns = "Acme.Widgets";

    private static readonly TypeRef Kind = TypeRef.Generated(TypeKind.Enum, "WidgetKind");

    private static readonly RecordModel Widget = new(
        "Widget",
        "widget",
        "A widget & its parts.",
        new EquatableArray<PropertyModel>(new[]
        {
            new PropertyModel("Name", "name", TypeRef.Of(TypeKind.String), IsRequired: true, IsNullable: false, "The widget's name.", null),
            new PropertyModel("Kind", "kind", Kind, IsRequired: false, IsNullable: true, string.Empty, null),
            new PropertyModel("Label", "label", TypeRef.Of(TypeKind.String), IsRequired: false, IsNullable: true, "Old name.", new DeprecationModel("Name")),
            new PropertyModel("Sizes", "sizes", TypeRef.ListOf(TypeRef.Of(TypeKind.Int64)), IsRequired: true, IsNullable: true, "Nullable but required: written as null.", null),
        }),
        null,
        null,
        null);

    private static readonly EnumModel WidgetKind = new(
        "WidgetKind",
        "widget.kind",
        string.Empty,
        new EquatableArray<EnumMemberModel>(new[] { new EnumMemberModel("Round", "round"), new EnumMemberModel("Square", "square") }));

    private static readonly OperationModel GetWidget = new(
        "GetWidgetAsync",
        "getWidget",
        "GET",
        "/widgets/{widgetId}",
        new EquatableArray<PathSegment>(new[] { new PathSegment("api/v1/widgets/", string.Empty), new PathSegment("widgetId", "widgetId") }),
        "Gets a widget.",
        string.Empty,
        new EquatableArray<ParameterModel>(new[]
        {
            new ParameterModel("widgetId", "widgetId", ParameterLocation.Path, TypeRef.Of(TypeKind.String), true, "The id.", false),
            new ParameterModel("kinds", "kind", ParameterLocation.Query, TypeRef.ListOf(Kind), false, "Kinds to include.", false),
        }),
        PayloadModel.None,
        new PayloadModel(PayloadKind.Json, TypeRef.Generated(TypeKind.Record, "Widget"), "application/json", true, "The widget."),
        new EquatableArray<int>(new[] { 200 }),
        new EquatableArray<ResponseDoc>(new[] { new ResponseDoc("200", "The widget."), new ResponseDoc("404", "Not found.") }),
        "experimental",
        false);

    [Fact]
    public void EmitsEachModelShape()
    {
        var client = new ClientModel("WidgetsClient", "Widgets API", string.Empty, new EquatableArray<OperationModel>(new[] { GetWidget }));
        var files = new Dictionary<string, string>
        {
            ["Widget.g.cs"] = Emitter.Record(Ns, "Widgets", Widget),
            ["WidgetJsonConverter.g.cs"] = Emitter.RecordConverter(Ns, Widget),
            ["WidgetKind.g.cs"] = Emitter.Enum(Ns, "Widgets", WidgetKind),
            ["WidgetKindJsonConverter.g.cs"] = Emitter.EnumConverter(Ns, WidgetKind),
            ["IWidgetsClient.g.cs"] = Emitter.ClientInterface(Ns, "Widgets", client),
            ["WidgetsClient.g.cs"] = Emitter.ClientClass(Ns, "Widgets", client),
            ["WidgetsJsonTypeInfoResolver.g.cs"] = Emitter.Resolver(Ns, "Widgets", new EquatableArray<string>(new[] { "Widget", "WidgetKind" })),
        };

        Golden.VerifyFolder("emitter", files);

        var compilation = GeneratorHarness.CreateCompilation([.. files.Values]);
        var diagnostics = compilation.GetDiagnostics();
        Assert.DoesNotContain(diagnostics, d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
    }

    [Theory]
    [InlineData("a&b <c>", "a&amp;b &lt;c&gt;")]
    [InlineData("line one\r\nline two", "line one\nline two")]
    public void XmlDocTextIsEscaped(string text, string expected) => Assert.Equal(expected, Emitter.Xml(text));
}
