namespace QlikGen.Generator.Diagnostics;

/// <summary>A place in a spec file: zero-based line and column, character offset and length.</summary>
internal readonly record struct SpecPosition(int Offset, int Length, int Line, int Column)
{
    public static SpecPosition FileStart => new(0, 0, 0, 0);
}
