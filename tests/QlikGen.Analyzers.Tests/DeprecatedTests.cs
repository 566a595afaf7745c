using System.Threading.Tasks;
using QlikGen.Analyzers.Tests.Infrastructure;
using Xunit;

namespace QlikGen.Analyzers.Tests;

/// <summary>QLIK002: reads and writes of deprecated properties, deprecated operations and deprecated types.</summary>
public sealed class DeprecatedTests
{
    private const string Usings = "using System; using System.Threading.Tasks; using Acme.Widgets;\n";

    [Fact]
    public Task ReadNamesTheReplacement()
        => Verify.AnalyzerAsync(
            Usings + "class C { string? M(Widget w) => w.{|#0:Label|}; }",
            Verify.Diagnostic("QLIK002").WithLocation(0).WithMessage("'Widget.Label' is deprecated in the Qlik Widgets API; use 'Name' instead"));

    [Fact]
    public Task WithoutAReplacementTheMessageSaysSo()
        => Verify.AnalyzerAsync(
            Usings + "class C { string? M(Widget w) => w.{|#0:LegacyId|}; }",
            Verify.Diagnostic("QLIK002").WithLocation(0).WithMessage("'Widget.LegacyId' is deprecated in the Qlik Widgets API"));

    [Fact]
    public Task DeprecatedOperation()
        => Verify.AnalyzerAsync(
            Usings + "class C { Task M(IWidgetsClient c) => c.{|#0:DeleteWidgetAsync|}(\"w1\"); }",
            Verify.Diagnostic("QLIK002").WithLocation(0).WithMessage("'DeleteWidgetAsync' calls DELETE /widgets/{id}, which is deprecated in the Qlik Widgets API"));

    [Fact]
    public Task ObjectInitializerAndWithExpression()
        => Verify.AnalyzerAsync(Usings + """
            class C
            {
                Widget A() => new Widget { Name = "a", {|QLIK002:Label|} = "b" };
                Widget B(Widget w) => w with { {|QLIK002:Label|} = "c" };
                Widget D(Widget w) => w with { Name = "only stable members" };
            }
            """);

    [Fact]
    public Task NullConditionalAndAssignment()
        => Verify.AnalyzerAsync(Usings + """
            class C
            {
                string? A(Widget? w) => w?.{|QLIK002:Label|};
                int? B(Widget? w) => w?.{|QLIK002:Total|} ?? w?.Count;
            }
            """);

    [Fact]
    public Task StaticImport()
        => Verify.AnalyzerAsync("using static Acme.Widgets.WidgetKind;\nclass C { object A() => {|QLIK002:Round|}; object B() => Square; }");

    [Fact]
    public Task DeprecatedTypeWhenCreatedOrNamedInTypeOf()
        => Verify.AnalyzerAsync(Usings + """
            class C
            {
                object A() => new {|#0:LegacyWidget|} { Id = "x" };
                LegacyWidget B() => {|QLIK002:new|}();
                Type T() => typeof({|QLIK002:LegacyWidget|});
                string N() => nameof(LegacyWidget);
            }
            """,
            Verify.Diagnostic("QLIK002").WithLocation(0).WithMessage("'LegacyWidget' is deprecated in the Qlik Widgets API"));

    [Fact]
    public Task NameOfIsNotAUse()
        => Verify.AnalyzerAsync(Usings + "class C { string M() => nameof(Widget.Label); }");
}
