namespace QlikGen;

/// <summary>One entry of the <c>errors</c> array of a Qlik <c>errorResponse</c>.</summary>
/// <param name="Code">Qlik's error code, e.g. <c>LICENSES-011</c>.</param>
/// <param name="Title">A short human-readable summary of the error.</param>
/// <param name="Detail">Additional detail, when the service sends it.</param>
public sealed record QlikError(string Code, string Title, string? Detail = null);
