namespace QlikGen.Generator.Model;

/// <summary>One client method: a spec operation with its parameters, body and typed success response.</summary>
/// <param name="MethodName">The C# method name, ending in <c>Async</c>.</param>
/// <param name="OperationId">The spec's operationId, or empty.</param>
/// <param name="HttpMethod">Upper case, e.g. <c>POST</c>.</param>
/// <param name="PathTemplate">The path as the spec writes it, e.g. <c>/licenses/status</c>.</param>
/// <param name="Path">The relative request path (server base path included, no leading slash), split at parameters.</param>
/// <param name="Summary">The spec's summary, or empty.</param>
/// <param name="Description">The spec's description, or empty.</param>
/// <param name="Parameters">Path, query and header parameters, in spec order.</param>
/// <param name="Body">The request body.</param>
/// <param name="Response">The documented success body.</param>
/// <param name="SuccessStatuses">The documented 2xx statuses; empty means any 2xx.</param>
/// <param name="Responses">Every documented response, for docs.</param>
/// <param name="Stability">The <c>x-qlik-stability</c> value when it is not <c>stable</c>; else empty.</param>
/// <param name="IsDeprecated">Whether the spec marks the operation deprecated.</param>
internal sealed record OperationModel(
    string MethodName,
    string OperationId,
    string HttpMethod,
    string PathTemplate,
    EquatableArray<PathSegment> Path,
    string Summary,
    string Description,
    EquatableArray<ParameterModel> Parameters,
    PayloadModel Body,
    PayloadModel Response,
    EquatableArray<int> SuccessStatuses,
    EquatableArray<ResponseDoc> Responses,
    string Stability,
    bool IsDeprecated);
