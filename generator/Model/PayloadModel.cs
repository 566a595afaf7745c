namespace QlikGen.Generator.Model;

/// <summary>How a request or response body is carried.</summary>
internal enum PayloadKind
{
    /// <summary>No body.</summary>
    None,

    /// <summary>JSON through the generated converters.</summary>
    Json,

    /// <summary>Any other media type: <c>HttpContent</c> in, <c>byte[]</c> out.</summary>
    Raw,
}

/// <summary>A request or success-response body.</summary>
/// <param name="Kind">How it is carried.</param>
/// <param name="Type">The JSON type, for <see cref="PayloadKind.Json"/>.</param>
/// <param name="MediaType">The media type the spec names.</param>
/// <param name="IsRequired">For request bodies: whether the caller must give one. For responses: whether every documented success carries it (else it may be null).</param>
/// <param name="Description">The spec's description, or empty.</param>
internal sealed record PayloadModel(PayloadKind Kind, TypeRef? Type, string MediaType, bool IsRequired, string Description)
{
    public static PayloadModel None { get; } = new(PayloadKind.None, null, string.Empty, false, string.Empty);
}
