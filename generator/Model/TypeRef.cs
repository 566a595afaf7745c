namespace QlikGen.Generator.Model;

/// <summary>How a schema maps to C#: a primitive, a generated type, a list or map of another <see cref="TypeRef"/>, or raw JSON.</summary>
internal enum TypeKind
{
    String,
    Boolean,
    Int32,
    Int64,
    Double,
    Single,
    DateTimeOffset,
    Date,
    Guid,
    Base64,
    Any,
    Record,
    Enum,
    List,
    Map,
}

/// <summary>A C# type reference, resolved at parse time so that emitting needs nothing but this value.</summary>
/// <param name="Kind">What kind of type this is.</param>
/// <param name="Name">The generated type's name, for <see cref="TypeKind.Record"/> and <see cref="TypeKind.Enum"/>; else empty.</param>
/// <param name="Element">The item or value type, for <see cref="TypeKind.List"/> and <see cref="TypeKind.Map"/>; else null.</param>
internal sealed record TypeRef(TypeKind Kind, string Name, TypeRef? Element)
{
    public static TypeRef Of(TypeKind kind) => new(kind, string.Empty, null);

    public static TypeRef Generated(TypeKind kind, string name) => new(kind, name, null);

    public static TypeRef ListOf(TypeRef element) => new(TypeKind.List, string.Empty, element);

    public static TypeRef MapOf(TypeRef element) => new(TypeKind.Map, string.Empty, element);

    /// <summary>Whether the C# type is a value type (so <c>?</c> makes it <see cref="System.Nullable{T}"/>).</summary>
    public bool IsValueType => Kind is TypeKind.Boolean or TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double or TypeKind.Single
        or TypeKind.DateTimeOffset or TypeKind.Date or TypeKind.Guid or TypeKind.Any or TypeKind.Enum;
}
