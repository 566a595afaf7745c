using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace QlikGen.Analyzers;

/// <summary>
/// QLIK001 and QLIK002: a use of an experimental or deprecated Qlik API member, reported once at the member access.
/// The facts come only from the marker attributes the generator puts on generated code, so every spec is covered.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class QlikApiUsageAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The MSBuild property that accepts experimental APIs project-wide.</summary>
    public const string AcceptExperimentalProperty = "build_property.QlikGenAcceptExperimental";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.ExperimentalOperation,
        Descriptors.ExperimentalMember,
        Descriptors.DeprecatedOperation,
        Descriptors.DeprecatedMember);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        // Generated code uses its own experimental and deprecated members by design.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            var reader = MarkerReader.Create(start.Compilation);
            if (reader is null)
            {
                return;
            }
            var reporter = new UsageReporter(reader, AcceptsExperimental(start.Options, start.Compilation, reader));
            start.RegisterOperationAction(reporter.OnInvocation, OperationKind.Invocation);
            start.RegisterOperationAction(reporter.OnMethodReference, OperationKind.MethodReference);
            start.RegisterOperationAction(reporter.OnMemberReference, OperationKind.PropertyReference, OperationKind.FieldReference);
            start.RegisterOperationAction(reporter.OnObjectCreation, OperationKind.ObjectCreation);
            start.RegisterOperationAction(reporter.OnTypeOf, OperationKind.TypeOf);
        });
    }

    private static bool AcceptsExperimental(AnalyzerOptions options, Compilation compilation, MarkerReader reader)
    {
        if (options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(AcceptExperimentalProperty, out var value)
            && string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        foreach (var attribute in compilation.Assembly.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, reader.AcceptExperimental))
            {
                return true;
            }
        }
        return false;
    }
}
