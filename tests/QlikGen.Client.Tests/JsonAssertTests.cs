using Xunit;
using Xunit.Sdk;

namespace QlikGen.Client.Tests;

/// <summary>The JSON comparison the wire tests rely on: order-insensitive, but strict about values and keys.</summary>
public sealed class JsonAssertTests
{
    [Fact]
    public void PropertyOrderAndWhitespaceDoNotMatter()
    {
        JsonAssert.Equal("""{"a":1,"b":[true,null,"x\\y"]}""", """ { "b" : [ true , null , "x\u005Cy" ] , "a" : 1.0 } """);
    }

    [Theory]
    [InlineData("""{"a":1}""", """{"a":2}""", "$.a")]
    [InlineData("""{"a":[1,2]}""", """{"a":[2,1]}""", "$.a[0]")]
    [InlineData("""{"a":true}""", """{"a":false}""", "$.a")]
    [InlineData("""{"a":"1"}""", """{"a":1}""", "$.a")]
    [InlineData("""{"a":{"b":"x"}}""", """{"a":{}}""", "'b' is missing")]
    [InlineData("""{"a":1}""", """{"a":1,"id":null}""", "unexpected property 'id'")]
    [InlineData("""{"a":[1]}""", """{"a":[1,1]}""", "$.a: expected an array of 1 items")]
    public void DifferencesFailNamingWhere(string expected, string actual, string where)
    {
        var ex = Assert.Throws<XunitException>(() => JsonAssert.Equal(expected, actual));

        Assert.Contains(where, ex.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void NullOrInvalidActualTextFails()
    {
        Assert.Throws<XunitException>(() => JsonAssert.Equal("{}", null));
        Assert.Throws<XunitException>(() => JsonAssert.Equal("{}", "{"));
    }
}
