namespace QlikGen.Generator.Model;

/// <summary>A piece of a request path: literal text, or the C# name of a path parameter.</summary>
/// <param name="Text">The literal text, or the parameter's C# name.</param>
/// <param name="WireName">The parameter's name in the template; empty for literals.</param>
internal sealed record PathSegment(string Text, string WireName)
{
    public bool IsParameter => WireName.Length > 0;
}
