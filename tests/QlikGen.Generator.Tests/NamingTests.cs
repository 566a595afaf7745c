using QlikGen.Generator.Naming;
using Xunit;

namespace QlikGen.Generator.Tests;

/// <summary>Names from specs become valid, stable C# identifiers.</summary>
public sealed class NamingTests
{
    [Theory]
    [InlineData("licenseStatus", "LicenseStatus")]
    [InlineData("assignmentsActionsAddRequest", "AssignmentsActionsAddRequest")]
    [InlineData("analyzer_time", "AnalyzerTime")]
    [InlineData("x-qlik-stability", "XQlikStability")]
    [InlineData("2fa", "_2fa")]
    [InlineData("Ok", "Ok")]
    [InlineData("", "Value")]
    [InlineData("--", "Value")]
    [InlineData("ID", "ID")]
    public void PascalCase(string name, string expected) => Assert.Equal(expected, Identifier.Pascal(name));

    [Theory]
    [InlineData("widgetId", "widgetId")]
    [InlineData("X-Trace", "xTrace")]
    [InlineData("class", "@class")]
    [InlineData("ID", "id")]
    [InlineData("event", "@event")]
    public void CamelCaseEscapesKeywords(string name, string expected) => Assert.Equal(expected, Identifier.Camel(name));

    [Theory]
    [InlineData("QlikGen.Licenses", true)]
    [InlineData("Acme.Qlik.Users", true)]
    [InlineData("Acme..Users", false)]
    [InlineData("Acme.class", false)]
    [InlineData("2Client", false)]
    [InlineData("", false)]
    public void QualifiedNames(string name, bool valid) => Assert.Equal(valid, Identifier.IsValidQualifiedName(name));

    [Fact]
    public void CollisionsGetTheNextFreeSuffixInCallOrder()
    {
        var names = new UniqueNames(new[] { "Value" });

        Assert.Equal("UserId", names.Claim("UserId"));
        Assert.Equal("UserId2", names.Claim("UserId"));
        Assert.Equal("Value2", names.Claim("Value"));
        Assert.Equal("UserId3", names.Claim("UserId"));
    }
}
