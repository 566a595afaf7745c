using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using QlikGen.Analyzers.Tests.Infrastructure;
using Xunit;

namespace QlikGen.Analyzers.Tests;

/// <summary>
/// Severity through .editorconfig and #pragma, and accepting experimental APIs project-wide. (Raising a rule to an error
/// is checked in a real build, by the package consumer test.)
/// </summary>
public sealed class ConfigurationTests
{
    private const string Source = """
        using System.Threading.Tasks; using Acme.Widgets;
        class C
        {
            Task<int> A(IWidgetsClient c) => c.{|#0:AddWidgetsAsync|}("a");
            string? B(Widget w) => w.{|#1:Label|};
        }
        """;

    [Fact]
    public Task EditorConfigSilences()
    {
        var test = Verify.AnalyzerTest(Source);
        test.TestState.AnalyzerConfigFiles.Add(("/0/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.QLIK002.severity = none\n"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("QLIK001").WithLocation(0));
        return test.RunAsync();
    }

    [Fact]
    public Task PragmaSuppresses()
    {
        var test = Verify.AnalyzerTest("""
            using System.Threading.Tasks; using Acme.Widgets;
            class C
            {
            #pragma warning disable QLIK001 // accepted in this test
                Task<int> A(IWidgetsClient c) => c.AddWidgetsAsync("a");
            #pragma warning restore QLIK001
                Task<int> B(IWidgetsClient c) => c.{|QLIK001:AddWidgetsAsync|}("b");
            }
            """);
        // The framework's own check wraps the whole file in a #pragma; this test's restore would defeat it.
        test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
        return test.RunAsync();
    }

    [Fact]
    public Task MsBuildPropertyAcceptsExperimentalButNotDeprecated()
    {
        var test = Verify.AnalyzerTest(Source, "build_property.QlikGenAcceptExperimental = true");
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("QLIK002").WithLocation(1));
        return test.RunAsync();
    }

    [Fact]
    public Task AssemblyAttributeAcceptsExperimental()
        => Verify.AnalyzerAsync(
            Source.Replace("{|#0:AddWidgetsAsync|}", "AddWidgetsAsync").Replace("class C", "[assembly: QlikGen.QlikAcceptExperimental(Justification = \"tracked\")]\nclass C"),
            Verify.Diagnostic("QLIK002").WithLocation(1));
}
