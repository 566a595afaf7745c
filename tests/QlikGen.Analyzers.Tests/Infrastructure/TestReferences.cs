using System.Collections.Immutable;
using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace QlikGen.Analyzers.Tests.Infrastructure;

/// <summary>Offline references: .NET 10 reference assemblies from a package, plus the QlikGen runtime. Nothing is downloaded at test time.</summary>
internal static class TestReferences
{
    public static readonly ReferenceAssemblies None = new("net10.0");

    public static readonly ImmutableArray<MetadataReference> All = Net100.References.All
        .Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(QlikApiException).Assembly.Location))
        .ToImmutableArray();
}
