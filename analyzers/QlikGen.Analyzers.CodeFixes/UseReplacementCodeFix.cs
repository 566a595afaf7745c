using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace QlikGen.Analyzers.CodeFixes;

/// <summary>
/// QLIK002: use the replacement the spec names for a deprecated property or field. Offered only where the rewrite
/// compiles and cannot throw where the original did not: the replacement is a property or field of the same type
/// whose value converts implicitly (and, when written, without losing nullability), and an object initializer does
/// not already set it.
/// </summary>
// Not [Shared]: that would tie this assembly to a System.Composition version older IDEs may lack; MEF makes one per import.
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseReplacementCodeFix))]
public sealed class UseReplacementCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.Deprecated);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(UsageReporter.ReplacementProperty, out var replacement) || replacement is null
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not SimpleNameSyntax name
                || !IsSafe(name, replacement, model, context.CancellationToken))
            {
                continue;
            }
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Use '{replacement}' instead",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(name, SyntaxFactory.IdentifierName(replacement).WithTriviaFrom(name)))),
                    equivalenceKey: nameof(UseReplacementCodeFix)),
                diagnostic);
        }
    }

    private static bool IsSafe(SimpleNameSyntax name, string replacement, SemanticModel model, CancellationToken cancellationToken)
    {
        var original = model.GetSymbolInfo(name, cancellationToken).Symbol;
        if (original is not (IPropertySymbol or IFieldSymbol) || original.ContainingType is not { } type)
        {
            return false;
        }
        var candidate = type.GetMembers(replacement).FirstOrDefault(m => m is IPropertySymbol or IFieldSymbol);
        if (candidate is null || candidate.IsStatic != original.IsStatic || !model.IsAccessible(name.SpanStart, candidate))
        {
            return false;
        }
        var originalType = TypeOf(original);
        var replacementType = TypeOf(candidate);
        var compilation = model.Compilation;
        if (WrittenValue(name) is { } value)
        {
            // The value written to the original goes to the replacement: it must fit, and be known not null where null is not allowed.
            var valueInfo = model.GetTypeInfo(value, cancellationToken);
            return IsWritable(candidate)
                && valueInfo.Type is { } valueType
                && compilation.ClassifyConversion(valueType, replacementType).IsImplicit
                && (!replacementType.IsReferenceType || replacementType.NullableAnnotation != NullableAnnotation.NotAnnotated || valueInfo.Nullability.FlowState == NullableFlowState.NotNull)
                && !AlreadyInitialized(name, replacement);
        }
        return compilation.ClassifyConversion(replacementType, originalType).IsImplicit
            && !(replacementType.NullableAnnotation == NullableAnnotation.Annotated && originalType.NullableAnnotation == NullableAnnotation.NotAnnotated && originalType.IsReferenceType);
    }

    private static ITypeSymbol TypeOf(ISymbol member) => member is IPropertySymbol property ? property.Type : ((IFieldSymbol)member).Type;

    private static bool IsWritable(ISymbol member)
        => member is IPropertySymbol { SetMethod: not null } || member is IFieldSymbol { IsReadOnly: false, IsConst: false };

    // The value assigned when the name is the target of `x.Old = v`, or of `Old = v` in an object or with-initializer; else null.
    private static ExpressionSyntax? WrittenValue(SimpleNameSyntax name)
    {
        SyntaxNode target = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
        return target.Parent is AssignmentExpressionSyntax assignment && assignment.Left == target && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression)
            ? assignment.Right
            : null;
    }

    private static bool AlreadyInitialized(SimpleNameSyntax name, string replacement)
        => name.Parent is AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax initializer }
            && initializer.Expressions.OfType<AssignmentExpressionSyntax>().Any(a => a.Left is IdentifierNameSyntax other && other.Identifier.ValueText == replacement);
}
