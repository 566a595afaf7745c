using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace QlikGen.Analyzers.Tests.Infrastructure;

/// <summary>Runs the analyzer (and its code fixes) over user code beside the Widgets API, checking markup diagnostics.</summary>
internal static class Verify
{
    public static CSharpAnalyzerTest<QlikApiUsageAnalyzer, DefaultVerifier> AnalyzerTest(string source, string? globalConfig = null)
    {
        // Each rule has two descriptors (operation and member message) under one id: markup takes the first.
        var test = new CSharpAnalyzerTest<QlikApiUsageAnalyzer, DefaultVerifier> { ReferenceAssemblies = TestReferences.None, MarkupOptions = MarkupOptions.UseFirstDescriptor };
        Configure(test.TestState, source, globalConfig);
        EnableNullable(test);
        return test;
    }

    public static Task AnalyzerAsync(string source, params DiagnosticResult[] expected)
    {
        var test = AnalyzerTest(source);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static Task CodeFixAsync<TCodeFix>(string source, string fixedSource, params DiagnosticResult[] expected)
        where TCodeFix : Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<QlikApiUsageAnalyzer, TCodeFix, DefaultVerifier>
        {
            ReferenceAssemblies = TestReferences.None,
            MarkupOptions = MarkupOptions.UseFirstDescriptor,
            FixedCode = fixedSource,
        };
        Configure(test.TestState, source, null);
        EnableNullable(test);
        test.FixedState.Sources.Add((WidgetsApi.Path, WidgetsApi.Source));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static DiagnosticResult Diagnostic(string id) => new(id, Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);

    /// <summary>User projects have nullable reference types on, as generated code expects.</summary>
    public static void EnableNullable<TVerifier>(AnalyzerTest<TVerifier> test)
        where TVerifier : IVerifier, new()
        => test.SolutionTransforms.Add((solution, projectId) =>
        {
            var options = (Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions)solution.GetProject(projectId)!.CompilationOptions!;
            return solution.WithProjectCompilationOptions(projectId, options.WithNullableContextOptions(Microsoft.CodeAnalysis.NullableContextOptions.Enable));
        });

    private static void Configure(SolutionState state, string source, string? globalConfig)
    {
        state.Sources.Add(("/0/Test0.cs", source));
        state.Sources.Add((WidgetsApi.Path, WidgetsApi.Source));
        state.AdditionalReferences.AddRange(TestReferences.All);
        if (globalConfig is not null)
        {
            state.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig + "\n"));
        }
    }
}
