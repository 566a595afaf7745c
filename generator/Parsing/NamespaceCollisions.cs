using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using QlikGen.Generator.Diagnostics;
using QlikGen.Generator.Model;

namespace QlikGen.Generator.Parsing;

/// <summary>Finds specs that generate into the same namespace, where their types would collide.</summary>
internal static class NamespaceCollisions
{
    public static EquatableArray<DiagnosticInfo> Find(ImmutableArray<SpecNamespace> specs)
        => specs
            .GroupBy(s => s.Namespace, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .SelectMany(g =>
            {
                var ordered = g.OrderBy(s => s.Path, StringComparer.Ordinal).ToList();
                return ordered.Skip(1).Select(s => DiagnosticInfo.Create(
                    DiagnosticIds.NamespaceShared,
                    s.Path,
                    SpecPosition.FileStart,
                    Path.GetFileName(ordered[0].Path),
                    Path.GetFileName(s.Path),
                    g.Key));
            })
            .ToEquatableArray();
}
