using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace QlikGen.Analyzers;

/// <summary>
/// Reads QlikGen's marker attributes off symbols, for one compilation: the attribute types are resolved once, and the
/// facts of each symbol are cached, as the analyzer sees the same members again and again.
/// </summary>
internal sealed class MarkerReader
{
    private readonly INamedTypeSymbol? _stability;
    private readonly INamedTypeSymbol? _deprecated;
    private readonly INamedTypeSymbol? _operation;
    private readonly INamedTypeSymbol? _api;
    private readonly ConcurrentDictionary<ISymbol, MemberFacts?> _cache = new(SymbolEqualityComparer.Default);

    private MarkerReader(Compilation compilation)
    {
        _stability = compilation.GetTypeByMetadataName("QlikGen.QlikStabilityAttribute");
        _deprecated = compilation.GetTypeByMetadataName("QlikGen.QlikDeprecatedAttribute");
        _operation = compilation.GetTypeByMetadataName("QlikGen.QlikOperationAttribute");
        _api = compilation.GetTypeByMetadataName("QlikGen.QlikApiAttribute");
        AcceptExperimental = compilation.GetTypeByMetadataName("QlikGen.QlikAcceptExperimentalAttribute");
    }

    public INamedTypeSymbol? AcceptExperimental { get; }

    /// <summary>A reader, or null when the compilation does not reference the QlikGen runtime (nothing to flag).</summary>
    public static MarkerReader? Create(Compilation compilation)
    {
        var reader = new MarkerReader(compilation);
        return reader._stability is null && reader._deprecated is null ? null : reader;
    }

    /// <summary>The facts of a member or type, or null when no marker flags it.</summary>
    public MemberFacts? Facts(ISymbol symbol) => _cache.GetOrAdd(symbol.OriginalDefinition, Read);

    private MemberFacts? Read(ISymbol symbol)
    {
        var experimental = false;
        var deprecated = false;
        string? replacement = null;
        string? method = null;
        string? path = null;
        foreach (var attribute in symbol.GetAttributes())
        {
            var type = attribute.AttributeClass;
            if (SymbolEqualityComparer.Default.Equals(type, _stability))
            {
                experimental |= attribute.ConstructorArguments.Length == 1
                    && string.Equals(attribute.ConstructorArguments[0].Value as string, "experimental", StringComparison.OrdinalIgnoreCase);
            }
            else if (SymbolEqualityComparer.Default.Equals(type, _deprecated))
            {
                deprecated = true;
                foreach (var argument in attribute.NamedArguments)
                {
                    if (argument.Key == "Replacement" && argument.Value.Value is string value && value.Length > 0)
                    {
                        replacement = value;
                    }
                }
            }
            else if (SymbolEqualityComparer.Default.Equals(type, _operation) && attribute.ConstructorArguments.Length == 2)
            {
                method = attribute.ConstructorArguments[0].Value as string;
                path = attribute.ConstructorArguments[1].Value as string;
            }
        }
        return experimental || deprecated ? new MemberFacts(ApiOf(symbol), method, path, experimental, deprecated, replacement) : null;
    }

    // The [QlikApi] name of the symbol's type (or of the type itself), else its namespace's last part.
    private string ApiOf(ISymbol symbol)
    {
        for (var type = symbol as INamedTypeSymbol ?? symbol.ContainingType; type is not null; type = type.ContainingType)
        {
            foreach (var attribute in type.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _api) && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string name)
                {
                    return name;
                }
            }
        }
        return symbol.ContainingNamespace?.Name ?? "Cloud";
    }
}
