using QlikGen.Generator.Diagnostics;

namespace QlikGen.Generator.Model;

/// <summary>What parsing one spec file yields: a model (null when nothing could be generated) and located diagnostics.</summary>
internal sealed record ParseResult(ApiModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
