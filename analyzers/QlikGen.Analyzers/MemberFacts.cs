namespace QlikGen.Analyzers;

/// <summary>What the markers on one member say: its API, its operation, whether it is experimental or deprecated.</summary>
/// <param name="Api">The API's short name from <c>[QlikApi]</c> on the member's type, e.g. <c>Licenses</c>.</param>
/// <param name="HttpMethod">From <c>[QlikOperation]</c>; null for members that are not client methods.</param>
/// <param name="Path">From <c>[QlikOperation]</c>; null for members that are not client methods.</param>
/// <param name="IsExperimental">Whether <c>[QlikStability("experimental")]</c> marks it.</param>
/// <param name="IsDeprecated">Whether <c>[QlikDeprecated]</c> marks it.</param>
/// <param name="Replacement">The deprecated member's replacement, from <c>[QlikDeprecated(Replacement = ...)]</c>.</param>
internal sealed record MemberFacts(string Api, string? HttpMethod, string? Path, bool IsExperimental, bool IsDeprecated, string? Replacement)
{
    public bool IsOperation => HttpMethod is not null && Path is not null;
}
