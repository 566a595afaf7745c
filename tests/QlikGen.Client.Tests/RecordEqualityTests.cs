using System.Collections.Generic;
using System.Text.Json;
using QlikGen.Licenses;
using QlikGen.Licenses.Serialization;
using QlikGen.Serialization;
using Xunit;

namespace QlikGen.Client.Tests;

/// <summary>Generated records are equal when their JSON is: lists, maps and raw JSON compare by content.</summary>
public sealed class RecordEqualityTests
{
    [Fact]
    public void TwoReadsOfTheSameResponseAreEqual()
    {
        var first = QlikJson.Deserialize(SeedExamples.OverviewResponse, LicenseOverviewJsonConverter.Instance);
        var second = QlikJson.Deserialize(SeedExamples.OverviewResponse, LicenseOverviewJsonConverter.Instance);

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.True(first == second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void AChangeInsideAListMakesThemDifferent()
    {
        var first = QlikJson.Deserialize(SeedExamples.OverviewResponse, LicenseOverviewJsonConverter.Instance);
        var changed = first with { Allotments = [first.Allotments[0] with { Units = 99 }] };

        Assert.NotEqual(first, changed);
        Assert.Equal(first, first with { Allotments = [first.Allotments[0] with { }] });
    }

    [Fact]
    public void RawJsonComparesByValueNotByFormatting()
    {
        var compact = JsonDocument.Parse("{\"a\":1,\"b\":[true,\"x\"]}").RootElement;
        var spaced = JsonDocument.Parse("{ \"b\": [ true, \"x\" ],\n \"a\": 1.0 }").RootElement;
        var other = JsonDocument.Parse("{\"a\":2,\"b\":[true,\"x\"]}").RootElement;

        var parameter = new LicenseOverviewParameters { Name = "p", Valid = "./.", Values = compact, Access = new() { Allotment = "professional" } };

        Assert.Equal(parameter, parameter with { Values = spaced });
        Assert.Equal(parameter.GetHashCode(), (parameter with { Values = spaced }).GetHashCode());
        Assert.NotEqual(parameter, parameter with { Values = other });
    }

    [Fact]
    public void NestedListsAndMapsCompareByContent()
    {
        IReadOnlyList<IReadOnlyList<int>> left = [[1, 2], [3]];
        IReadOnlyList<IReadOnlyList<int>> right = new List<IReadOnlyList<int>> { new[] { 1, 2 }, new List<int> { 3 } };
        IReadOnlyDictionary<string, string> map = new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" };
        IReadOnlyDictionary<string, string> reordered = new Dictionary<string, string> { ["b"] = "2", ["a"] = "1" };

        Assert.True(QlikEquality.Equal(left, right));
        Assert.Equal(QlikEquality.Hash(left), QlikEquality.Hash(right));
        Assert.False(QlikEquality.Equal(left, [[1, 2], [4]]));
        Assert.True(QlikEquality.Equal(map, reordered));
        Assert.Equal(QlikEquality.Hash(map), QlikEquality.Hash(reordered));
        Assert.False(QlikEquality.Equal(map, new Dictionary<string, string> { ["a"] = "1" }));
    }
}
