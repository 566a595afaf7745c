using QlikGen.Generator.Tests.Infrastructure;
using Xunit;

namespace QlikGen.Generator.Tests;

/// <summary>Generated code compiles beside user code with nullable on and every warning (XML docs included) an error.</summary>
public sealed class CompileTests
{
    [Theory]
    [MemberData(nameof(SpecCases.WellFormed), MemberType = typeof(SpecCases))]
    [MemberData(nameof(SpecCases.Malformed), MemberType = typeof(SpecCases))]
    public void GeneratedCodeCompilesWithoutWarnings(string spec)
    {
        var run = GeneratorHarness.Run(SpecCases.Load(spec));

        var diagnostics = run.CompileDiagnostics();
        Assert.True(diagnostics.Count == 0, GeneratorRun.Describe(diagnostics));
    }

    [Fact]
    public void SeveralSpecsInOneProjectDoNotCollide()
    {
        var run = GeneratorHarness.Run(
            SpecCases.Load("licenses"),
            SpecCases.Load("enums"),
            SpecCases.Load("nested"),
            SpecCases.Load("stability"),
            SpecCases.Load("optionality"));

        Assert.Null(run.Generator.Exception);
        var diagnostics = run.CompileDiagnostics();
        Assert.True(diagnostics.Count == 0, GeneratorRun.Describe(diagnostics));
    }
}
