namespace QlikGen.Generator.Model;

/// <summary>Everything the emitter needs to write the code of one spec.</summary>
/// <remarks>
/// Pipeline model: only strings, numbers, bools, enums, records of those and <see cref="EquatableArray{T}"/>;
/// never an <c>ISymbol</c>, <c>SyntaxNode</c>, <c>Location</c>, <c>Compilation</c> or an OpenAPI object.
/// Value equality is what lets the incremental pipeline skip re-emitting after an edit that changes nothing here
/// (e.g. whitespace in the spec), so nothing position-dependent belongs in it.
/// </remarks>
/// <param name="SpecPath">The spec file it comes from.</param>
/// <param name="Options">Namespace and names.</param>
/// <param name="Records">Generated records, sorted by name.</param>
/// <param name="Enums">Generated extensible enums, sorted by name.</param>
/// <param name="Client">The client.</param>
internal sealed record ApiModel(string SpecPath, SpecOptions Options, EquatableArray<RecordModel> Records, EquatableArray<EnumModel> Enums, ClientModel Client);
