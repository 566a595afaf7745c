using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace QlikGen.Generator.Tests.Infrastructure;

/// <summary>Runs the QlikGen generator over specs in an in-memory compilation, as the compiler would.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default
        .WithLanguageVersion(LanguageVersion.CSharp12)
        .WithDocumentationMode(DocumentationMode.Diagnose);

    private static readonly ImmutableArray<MetadataReference> References = Net100.References.All
        .Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(QlikApiException).Assembly.Location))
        .ToImmutableArray();

    public const string UserSource = """
        namespace Consumer;

        /// <summary>A user's own code, compiled beside the generated client.</summary>
        public static class Program
        {
            /// <summary>Entry point.</summary>
            public static int Main() => 0;
        }
        """;

    public static CSharpCompilation CreateCompilation(params string[] sources)
        => CSharpCompilation.Create(
            "Consumer",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"User{i}.cs")),
            References,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Error,
                deterministic: true));

    public static GeneratorDriver CreateDriver(IEnumerable<SpecInput> specs) => CreateDriver(specs, out _);

    /// <summary>A driver over the specs; <paramref name="texts"/> are the additional texts, for later <c>ReplaceAdditionalText</c>.</summary>
    public static GeneratorDriver CreateDriver(IEnumerable<SpecInput> specs, out ImmutableArray<AdditionalText> texts)
    {
        var list = specs.ToList();
        texts = list.Select(s => (AdditionalText)new InMemoryAdditionalText(s.Path, s.Text)).ToImmutableArray();
        var options = new TestOptionsProvider(list.ToDictionary(s => s.Path, s => s.Metadata()));
        return CSharpGeneratorDriver.Create(
            new[] { new QlikGenGenerator().AsSourceGenerator() },
            texts,
            ParseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    /// <summary>Runs the generator once and returns its result and the compilation with the generated code.</summary>
    public static GeneratorRun Run(params SpecInput[] specs)
    {
        var compilation = CreateCompilation(UserSource);
        var driver = CreateDriver(specs).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var driverDiagnostics);
        return new GeneratorRun(driver, driver.GetRunResult(), output, driverDiagnostics);
    }

    public static SpecInput Spec(string path, string? ns = null, string? clientName = null)
        => new(path, System.IO.File.ReadAllText(path), ns, clientName);
}

/// <summary>The outcome of one generator run.</summary>
internal sealed record GeneratorRun(GeneratorDriver Driver, GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> DriverDiagnostics)
{
    public GeneratorRunResult Generator => Result.Results.Single();

    /// <summary>Diagnostics of the generated code compiled with the user's code: nullable on, every warning an error.</summary>
    public IReadOnlyList<Diagnostic> CompileDiagnostics()
        => Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

    public static string Describe(IEnumerable<Diagnostic> diagnostics)
        => string.Join(Environment.NewLine, diagnostics.Take(30).Select(d => d.ToString()));
}
