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

/// <summary>QLIK001: accept the experimental use here, with a <c>#pragma</c> around the one statement and a justification.</summary>
// Not [Shared]: that would tie this assembly to a System.Composition version older IDEs may lack; MEF makes one per import.
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AcceptExperimentalCodeFix))]
public sealed class AcceptExperimentalCodeFix : CodeFixProvider
{
    /// <summary>The justification the fix writes; the developer is expected to make it specific.</summary>
    public const string Justification = "Experimental Qlik API accepted here: revisit when Qlik marks it stable.";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.Experimental);

    // Two uses in one statement share one suppression: fix-all would wrap the statement twice.
    /// <inheritdoc />
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(context.Span, getInnermostNodeForTie: true) is not { } node || Target(node) is not { } target)
        {
            return;
        }
        foreach (var diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Accept experimental Qlik API here (#pragma with justification)",
                    cancellationToken => SuppressAsync(context.Document, target, cancellationToken),
                    equivalenceKey: nameof(AcceptExperimentalCodeFix)),
                diagnostic);
        }
    }

    // The smallest thing a #pragma can wrap on lines of its own: the statement, or else the member declaration.
    private static SyntaxNode? Target(SyntaxNode node)
        => (SyntaxNode?)node.AncestorsAndSelf().OfType<StatementSyntax>().FirstOrDefault(s => s is not BlockSyntax)
            ?? node.AncestorsAndSelf().OfType<MemberDeclarationSyntax>().FirstOrDefault();

    private static async Task<Document> SuppressAsync(Document document, SyntaxNode target, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var leading = target.GetLeadingTrivia();
        var indentation = leading.LastOrDefault(t => t.IsKind(SyntaxKind.WhitespaceTrivia));
        var indent = indentation.IsKind(SyntaxKind.WhitespaceTrivia) ? indentation.ToFullString() : string.Empty;
        var endOfLine = DetectEndOfLine(root!);

        var disable = SyntaxFactory.ParseLeadingTrivia($"#pragma warning disable {RuleIds.Experimental} // {Justification}{endOfLine}{indent}");
        var trailing = target.GetTrailingTrivia();
        if (!trailing.Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia)))
        {
            trailing = trailing.Add(SyntaxFactory.EndOfLine(endOfLine));
        }
        var restore = SyntaxFactory.ParseLeadingTrivia($"{indent}#pragma warning restore {RuleIds.Experimental}{endOfLine}");

        var wrapped = target
            .WithLeadingTrivia(leading.AddRange(disable))
            .WithTrailingTrivia(trailing.AddRange(restore));
        return document.WithSyntaxRoot(root!.ReplaceNode(target, wrapped));
    }

    private static string DetectEndOfLine(SyntaxNode root)
        => root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)).ToFullString() is { Length: > 0 } eol ? eol : "\n";
}
