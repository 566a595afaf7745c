using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using QlikGen.Generator.Tests.Infrastructure;
using Xunit;

namespace QlikGen.Generator.Tests;

/// <summary>The pipeline re-runs only what an edit touches: the test that keeps the IDE fast while a user types.</summary>
public sealed class IncrementalTests
{
    private static readonly string[] TrackedSteps =
    {
        TrackingNames.ReadSpec, TrackingNames.Namespaces, TrackingNames.ParseSpec, TrackingNames.Model, TrackingNames.Diagnostics, TrackingNames.Types, TrackingNames.Clients,
    };

    [Fact]
    public void UnrelatedCSharpEditLeavesEverythingCached()
    {
        var compilation = GeneratorHarness.CreateCompilation(GeneratorHarness.UserSource);
        var driver = GeneratorHarness.CreateDriver(new[] { SpecCases.Load("licenses") }).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer; internal static class Other { }", GeneratorHarness.ParseOptions));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in TrackedSteps)
        {
            AssertAll(result, step, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        }
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void WhitespaceOnlySpecEditParsesToAnEqualModelAndReEmitsNothing()
    {
        var spec = SpecCases.Load("licenses");
        var compilation = GeneratorHarness.CreateCompilation(GeneratorHarness.UserSource);
        var driver = GeneratorHarness.CreateDriver(new[] { spec }, out var texts).RunGenerators(compilation);

        var reformatted = spec with { Text = spec.Text.Replace("\n  ", "\n    ").Replace(": ", ":  ") };
        Assert.NotEqual(spec.Text, reformatted.Text);
        driver = driver.ReplaceAdditionalText(texts[0], new InMemoryAdditionalText(spec.Path, reformatted.Text));
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        AssertAll(result, TrackingNames.ReadSpec, IncrementalStepRunReason.Modified);
        // The equality check that matters: a changed file yields an equal model, so nothing downstream runs.
        AssertAll(result, TrackingNames.ParseSpec, IncrementalStepRunReason.Unchanged);
        AssertAll(result, TrackingNames.Model, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        AssertAll(result, TrackingNames.Types, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        AssertAll(result, TrackingNames.Clients, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void RealSpecEditReEmitsOnlyTheTypeItChanges()
    {
        var spec = SpecCases.Load("licenses");
        var compilation = GeneratorHarness.CreateCompilation(GeneratorHarness.UserSource);
        var driver = GeneratorHarness.CreateDriver(new[] { spec }, out var texts).RunGenerators(compilation);
        var before = driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

        const string Old = "\"description\": \"shows if more tenants are allowed for the license\"";
        Assert.Contains(Old, spec.Text);
        var edited = spec.Text.Replace(Old, "\"description\": \"whether the license allows more tenants\"");
        driver = driver.ReplaceAdditionalText(texts[0], new InMemoryAdditionalText(spec.Path, edited));
        var run = driver.RunGenerators(compilation).GetRunResult();
        var result = run.Results.Single();

        var types = result.TrackedSteps[TrackingNames.Types].SelectMany(s => s.Outputs).ToList();
        var modified = types.Where(o => o.Reason == IncrementalStepRunReason.Modified).ToList();
        Assert.Single(modified);
        Assert.All(types.Except(modified), o => Assert.True(o.Reason is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached, o.Reason.ToString()));
        // The client does not depend on a description of a schema it does not use.
        AssertAll(result, TrackingNames.Clients, IncrementalStepRunReason.Unchanged);

        var after = result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        var changed = after.Where(p => before[p.Key] != p.Value).Select(p => p.Key).ToList();
        Assert.Equal(new[] { "QlikGen.Licenses.TenantsAvailability.g.cs" }, changed);
        Assert.Equal(before.Keys.OrderBy(k => k), after.Keys.OrderBy(k => k));
    }

    [Fact]
    public void EditOfOneSpecLeavesAnotherSpecsOutputCached()
    {
        var licenses = SpecCases.Load("licenses");
        var enums = SpecCases.Load("enums");
        var compilation = GeneratorHarness.CreateCompilation(GeneratorHarness.UserSource);
        var driver = GeneratorHarness.CreateDriver(new[] { licenses, enums }, out var texts).RunGenerators(compilation);

        var edited = enums.Text.Replace("Lists items of some kinds.", "Lists the items.");
        driver = driver.ReplaceAdditionalText(texts[1], new InMemoryAdditionalText(enums.Path, edited));
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var parse = result.TrackedSteps[TrackingNames.ParseSpec].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Contains(IncrementalStepRunReason.Cached, parse);
        Assert.Contains(IncrementalStepRunReason.Modified, parse);
        var licenseTypes = result.TrackedSteps[TrackingNames.Types].SelectMany(s => s.Outputs)
            .Where(o => o.Value is QlikGen.Generator.Model.TypeOutput { Namespace: "QlikGen.Licenses" }).ToList();
        Assert.NotEmpty(licenseTypes);
        Assert.All(licenseTypes, o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
    }

    private static void AssertAll(GeneratorRunResult result, string step, params IncrementalStepRunReason[] allowed)
    {
        Assert.True(result.TrackedSteps.TryGetValue(step, out var runs), $"step {step} did not run");
        var reasons = runs!.SelectMany(r => r.Outputs).Select(o => o.Reason).ToList();
        Assert.NotEmpty(reasons);
        Assert.All(reasons, reason => Assert.True(allowed.Contains(reason), $"{step}: {reason}, expected {string.Join(" or ", allowed)}"));
    }
}
