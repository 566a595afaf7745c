using QlikGen.Generator.Parsing;
using Xunit;

namespace QlikGen.Generator.Tests;

/// <summary>The scanner that turns JSON pointers and syntax errors into lines of the spec file.</summary>
public sealed class JsonLocatorTests
{
    private const string Json = "{\n  \"paths\": {\n    \"/a/b\": {\n      \"get\": { \"x\": [1, {\"$ref\": \"#/c\"}] }\n    }\n  }\n}\n";

    [Fact]
    public void LocatesPointersWithEscapedSegments()
    {
        var position = JsonLocator.Locate(Json, "#/paths/~1a~1b/get");
        Assert.Equal(3, position.Line);
        Assert.Equal(6, position.Column);
    }

    [Fact]
    public void LocatesArrayItemsAndStringValues()
    {
        Assert.True(JsonLocator.Exists(Json, "#/paths/~1a~1b/get/x/1/$ref"));
        Assert.Equal("#/c", JsonLocator.StringAt(Json, "#/paths/~1a~1b/get/x/1/$ref"));
        Assert.False(JsonLocator.Exists(Json, "#/paths/~1a~1b/post"));
    }

    [Fact]
    public void MissingPointerFallsBackToTheNearestAncestor()
        => Assert.Equal(2, JsonLocator.Locate(Json, "#/paths/~1a~1b/post").Line);

    [Theory]
    [InlineData("{\"a\": 1,}", 0, "expected a property name in double quotes")]
    [InlineData("{\"a\": 1\n\"b\": 2}", 1, "expected ',' or '}' in an object")]
    [InlineData("{\"a\": [1, 2}", 0, "expected ',' or ']' in an array")]
    [InlineData("{\"a\": tru}", 0, "unexpected character")]
    [InlineData("{\"a\": 1}\n{", 1, "unexpected text after the JSON document")]
    public void FindsTheFirstSyntaxError(string text, int line, string message)
    {
        var error = JsonLocator.FindSyntaxError(text);

        Assert.NotNull(error);
        Assert.Equal(line, error!.Value.Position.Line);
        Assert.Contains(message, error.Value.Message);
    }

    [Fact]
    public void ValidJsonHasNoSyntaxError() => Assert.Null(JsonLocator.FindSyntaxError(Json));
}
