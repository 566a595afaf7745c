using System.Threading.Tasks;
using QlikGen.Analyzers.CodeFixes;
using QlikGen.Analyzers.Tests.Infrastructure;
using Xunit;

namespace QlikGen.Analyzers.Tests;

/// <summary>The fixes: accept an experimental use with a targeted suppression; use a deprecated member's replacement where that is safe.</summary>
public sealed class CodeFixTests
{
    [Fact]
    public Task AcceptExperimentalWrapsTheStatementInAJustifiedPragma()
        => Verify.CodeFixAsync<AcceptExperimentalCodeFix>(
            """
            using System.Threading.Tasks;
            using Acme.Widgets;

            class C
            {
                async Task M(IWidgetsClient c)
                {
                    var count = await c.{|QLIK001:AddWidgetsAsync|}("a");
                    await c.ListWidgetsAsync();
                }
            }
            """,
            $$"""
            using System.Threading.Tasks;
            using Acme.Widgets;

            class C
            {
                async Task M(IWidgetsClient c)
                {
                    #pragma warning disable QLIK001 // {{AcceptExperimentalCodeFix.Justification}}
                    var count = await c.AddWidgetsAsync("a");
                    #pragma warning restore QLIK001
                    await c.ListWidgetsAsync();
                }
            }
            """);

    [Fact]
    public Task AcceptExperimentalInAnExpressionBodiedMember()
        => Verify.CodeFixAsync<AcceptExperimentalCodeFix>(
            """
            using System.Threading.Tasks;
            using Acme.Widgets;

            class C
            {
                Task<int> M(IWidgetsClient c) => c.{|QLIK001:AddWidgetsAsync|}("a");
            }
            """,
            $$"""
            using System.Threading.Tasks;
            using Acme.Widgets;

            class C
            {
                #pragma warning disable QLIK001 // {{AcceptExperimentalCodeFix.Justification}}
                Task<int> M(IWidgetsClient c) => c.AddWidgetsAsync("a");
                #pragma warning restore QLIK001
            }
            """);

    [Fact]
    public Task ReadOfADeprecatedPropertyUsesItsReplacement()
        => Verify.CodeFixAsync<UseReplacementCodeFix>(
            "using Acme.Widgets;\nclass C { string? M(Widget w) => w.{|QLIK002:Label|}; int? N(Widget? w) => w?.{|QLIK002:Total|}; }",
            "using Acme.Widgets;\nclass C { string? M(Widget w) => w.Name; int? N(Widget? w) => w?.Count; }");

    [Fact]
    public Task WriteUsesTheReplacementWhenTheValueFits()
        => Verify.CodeFixAsync<UseReplacementCodeFix>(
            "using Acme.Widgets;\nclass C { Widget M(Widget w) => w with { {|QLIK002:Label|} = \"x\", {|QLIK002:Total|} = 3 }; }",
            "using Acme.Widgets;\nclass C { Widget M(Widget w) => w with { Name = \"x\", Count = 3 }; }");

    [Fact]
    public Task StaticMemberUsesItsReplacement()
        => Verify.CodeFixAsync<UseReplacementCodeFix>(
            "using static Acme.Widgets.WidgetKind;\nclass C { object M() => {|QLIK002:Round|}; }",
            "using static Acme.Widgets.WidgetKind;\nclass C { object M() => Square; }");

    [Theory]
    // The replacement has another type: no rewrite compiles.
    [InlineData("class C { string? M(Widget w) => w.{|QLIK002:Tag|}; }")]
    // No replacement named.
    [InlineData("class C { string? M(Widget w) => w.{|QLIK002:LegacyId|}; }")]
    // The initializer sets the replacement already: a rewrite would set it twice.
    [InlineData("class C { Widget M() => new Widget { Name = \"a\", {|QLIK002:Label|} = \"b\" }; }")]
    // The value may be null and the replacement is not nullable.
    [InlineData("class C { Widget M(Widget w, string? s) => w with { {|QLIK002:Label|} = s }; }")]
    // An int? does not fit an int.
    [InlineData("class C { Widget M(Widget w, int? n) => w with { {|QLIK002:Total|} = n }; }")]
    public Task NoRewriteWhereItWouldNotCompileOrCouldThrow(string body)
    {
        var source = "using Acme.Widgets;\n" + body;
        return Verify.CodeFixAsync<UseReplacementCodeFix>(source, source);
    }
}
