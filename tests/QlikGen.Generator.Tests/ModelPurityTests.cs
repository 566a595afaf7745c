using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using QlikGen.Generator.Tests.Infrastructure;
using Xunit;

namespace QlikGen.Generator.Tests;

/// <summary>Every value that flows through the pipeline is plain data: no symbols, syntax, locations or compilations.</summary>
public sealed class ModelPurityTests
{
    private static readonly Type[] Banned = { typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Location), typeof(Compilation), typeof(SemanticModel), typeof(AdditionalText) };

    [Fact]
    public void TrackedStepOutputsHoldNoRoslynObjects()
    {
        var run = GeneratorHarness.Run(SpecCases.Load("licenses"), SpecCases.Load("unsupported"));

        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var checkedValues = 0;
        string[] ours = { TrackingNames.Namespaces, TrackingNames.ParseSpec, TrackingNames.Model, TrackingNames.Diagnostics, TrackingNames.Types, TrackingNames.Clients };
        // ReadSpec's input pairs hold the AdditionalText by design; its output must not.
        foreach (var step in run.Generator.TrackedSteps.Where(s => ours.Contains(s.Key) || s.Key == TrackingNames.ReadSpec).SelectMany(s => s.Value))
        {
            foreach (var (value, _) in step.Outputs)
            {
                Walk(value, step.Name ?? "?", visited);
                checkedValues++;
            }
        }
        Assert.True(checkedValues > 50, $"only {checkedValues} step outputs were walked");
    }

    private static void Walk(object? value, string path, HashSet<object> visited)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !visited.Add(value))
        {
            return;
        }
        var type = value.GetType();
        Assert.False(Banned.Any(b => b.IsAssignableFrom(type)), $"{path} holds a {type.FullName}");
        Assert.False(type.Namespace?.StartsWith("Microsoft.OpenApi", StringComparison.Ordinal) == true, $"{path} holds an OpenAPI object {type.FullName}");
        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                Walk(item, $"{path}[{i++}]", visited);
            }
            return;
        }
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            Walk(property.GetValue(value), path + "." + property.Name, visited);
        }
    }
}
