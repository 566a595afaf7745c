using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace QlikGen.Analyzers;

/// <summary>Turns each use of a flagged member into at most one QLIK001 and one QLIK002, at the member's name.</summary>
internal sealed class UsageReporter
{
    /// <summary>The diagnostic property that carries a deprecated member's replacement to the code fix.</summary>
    public const string ReplacementProperty = "Replacement";

    private readonly MarkerReader _reader;
    private readonly bool _acceptExperimental;

    public UsageReporter(MarkerReader reader, bool acceptExperimental)
    {
        _reader = reader;
        _acceptExperimental = acceptExperimental;
    }

    public void OnInvocation(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        Report(context, invocation.TargetMethod, NameOf(invocation.Syntax));
    }

    public void OnMethodReference(OperationAnalysisContext context)
    {
        var reference = (IMethodReferenceOperation)context.Operation;
        Report(context, reference.Method, NameOf(reference.Syntax));
    }

    public void OnMemberReference(OperationAnalysisContext context)
    {
        var member = ((IMemberReferenceOperation)context.Operation).Member;
        Report(context, member, NameOf(context.Operation.Syntax));
    }

    public void OnObjectCreation(OperationAnalysisContext context)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Constructor?.ContainingType is { } type)
        {
            Report(context, type, NameOf(creation.Syntax));
        }
    }

    public void OnTypeOf(OperationAnalysisContext context)
    {
        var typeOf = (ITypeOfOperation)context.Operation;
        if (typeOf.TypeOperand is INamedTypeSymbol type)
        {
            Report(context, type, ((TypeOfExpressionSyntax)typeOf.Syntax).Type.GetLocation());
        }
    }

    private void Report(OperationAnalysisContext context, ISymbol symbol, Location location)
    {
        if (_reader.Facts(symbol) is not { } facts || InsideNameOf(context.Operation))
        {
            return;
        }
        var name = symbol is INamedTypeSymbol || symbol.ContainingType is null ? symbol.Name : facts.IsOperation ? symbol.Name : symbol.ContainingType.Name + "." + symbol.Name;
        if (facts.IsExperimental && !_acceptExperimental)
        {
            context.ReportDiagnostic(facts.IsOperation
                ? Diagnostic.Create(Descriptors.ExperimentalOperation, location, name, facts.HttpMethod, facts.Path, facts.Api)
                : Diagnostic.Create(Descriptors.ExperimentalMember, location, name, facts.Api));
        }
        if (facts.IsDeprecated)
        {
            var instead = facts.Replacement is null ? string.Empty : $"; use '{facts.Replacement}' instead";
            var properties = facts.Replacement is null
                ? ImmutableDictionary<string, string?>.Empty
                : ImmutableDictionary<string, string?>.Empty.Add(ReplacementProperty, facts.Replacement);
            context.ReportDiagnostic(facts.IsOperation
                ? Diagnostic.Create(Descriptors.DeprecatedOperation, location, properties, name, facts.HttpMethod, facts.Path, facts.Api, instead)
                : Diagnostic.Create(Descriptors.DeprecatedMember, location, properties, name, facts.Api, instead));
        }
    }

    private static bool InsideNameOf(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is INameOfOperation)
            {
                return true;
            }
        }
        return false;
    }

    // The member's own name in the syntax: `client.Add(...)` → `Add`, `x?.Prop` → `Prop`, `new T()` → `T`.
    private static Location NameOf(SyntaxNode syntax) => syntax switch
    {
        InvocationExpressionSyntax invocation => NameOf(invocation.Expression),
        MemberAccessExpressionSyntax access => access.Name.GetLocation(),
        MemberBindingExpressionSyntax binding => binding.Name.GetLocation(),
        ObjectCreationExpressionSyntax creation => creation.Type.GetLocation(),
        ImplicitObjectCreationExpressionSyntax implicitCreation => implicitCreation.NewKeyword.GetLocation(),
        AssignmentExpressionSyntax assignment => NameOf(assignment.Left),
        _ => syntax.GetLocation(),
    };
}
