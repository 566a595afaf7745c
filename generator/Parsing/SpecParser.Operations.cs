using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.OpenApi.Any;
using Microsoft.OpenApi.Models;
using QlikGen.Generator.Diagnostics;
using QlikGen.Generator.Model;
using QlikGen.Generator.Naming;
using OpenApiParameterLocation = Microsoft.OpenApi.Models.ParameterLocation;

namespace QlikGen.Generator.Parsing;

/// <summary>Operations: each path and method becomes one client method with typed parameters, body and response.</summary>
internal sealed partial class SpecParser
{
    // OpenAPI 3.0: header parameters with these names "SHALL be ignored"; HttpClient and the content set them.
    private static readonly HashSet<string> IgnoredHeaders = new(StringComparer.OrdinalIgnoreCase) { "Authorization", "Accept", "Content-Type" };
    // Names the generated method body uses for its own locals and parameters.
    private static readonly string[] ReservedParameterNames = { "cancellationToken", "body", "content", "requestPath", "request" };

    private ClientModel ParseClient()
    {
        var info = _document.Info;
        var basePath = ServerBasePath();
        var methodNames = new UniqueNames();
        var operations = new List<OperationModel>();
        foreach (var path in _document.Paths ?? new OpenApiPaths())
        {
            foreach (var entry in path.Value.Operations)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                var model = ParseOperation(path.Key, path.Value, entry.Key, entry.Value, basePath, methodNames);
                if (model is not null)
                {
                    operations.Add(model);
                }
            }
        }
        return new ClientModel(_file.Options.ClientName, info?.Title?.Trim() ?? _file.Options.ApiName, info?.Description?.Trim() ?? string.Empty, operations.ToEquatableArray());
    }

    // The path part of the first server URL, e.g. "/api/v1" of "https://{tenant}.{region}.qlikcloud.com/api/v1".
    private string ServerBasePath()
    {
        var url = _document.Servers?.FirstOrDefault()?.Url ?? string.Empty;
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        var pathStart = scheme < 0 ? (url.StartsWith("/", StringComparison.Ordinal) ? 0 : -1) : url.IndexOf('/', scheme + 3);
        return pathStart < 0 ? string.Empty : url.Substring(pathStart).TrimEnd('/');
    }

    private OperationModel? ParseOperation(string pathTemplate, OpenApiPathItem pathItem, OperationType method, OpenApiOperation operation, string basePath, UniqueNames methodNames)
    {
        var httpMethod = method.ToString().ToUpperInvariant();
        var pointer = "#/paths/" + Escape(pathTemplate) + "/" + method.ToString().ToLowerInvariant();
        var baseName = string.IsNullOrWhiteSpace(operation.OperationId) ? NameFromPath(httpMethod, pathTemplate) : Identifier.Pascal(operation.OperationId);
        var methodName = methodNames.Claim(baseName + "Async");
        var display = operation.OperationId ?? httpMethod + " " + pathTemplate;

        var parameterNames = new UniqueNames(ReservedParameterNames);
        var parameters = new List<ParameterModel>();
        foreach (var (parameter, parameterPointer) in ParametersOf(pathItem, operation, pointer))
        {
            var model = ParseParameter(parameter, parameterPointer, baseName, httpMethod, pathTemplate, parameterNames);
            if (model is not null)
            {
                parameters.Add(model);
            }
        }

        var path = SplitPath(basePath + pathTemplate, parameters, httpMethod, pathTemplate, pointer);
        if (path is not { } segments)
        {
            return null;
        }

        var body = ParseRequestBody(operation.RequestBody, baseName, pointer + "/requestBody");
        var (response, successStatuses, responses) = ParseResponses(operation.Responses, baseName, pointer + "/responses");
        var stability = operation.Extensions is { } extensions && extensions.TryGetValue("x-qlik-stability", out var value) && value is OpenApiString level
            && !string.Equals(level.Value, "stable", StringComparison.OrdinalIgnoreCase)
            ? level.Value
            : string.Empty;

        return new OperationModel(
            methodName,
            operation.OperationId ?? string.Empty,
            httpMethod,
            pathTemplate,
            segments,
            operation.Summary?.Trim() ?? string.Empty,
            operation.Description?.Trim() ?? string.Empty,
            parameters.ToEquatableArray(),
            body,
            response,
            successStatuses,
            responses,
            stability,
            operation.Deprecated || IsTrue(operation.Extensions, "x-qlik-deprecated"));
    }

    // "GET /v1/users/{userId}/actions" → "GetUsersByUserIdActions": version and "api" segments carry no meaning.
    private static string NameFromPath(string httpMethod, string pathTemplate)
    {
        var name = Identifier.Pascal(httpMethod.ToLowerInvariant());
        foreach (var segment in pathTemplate.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment.StartsWith("{", StringComparison.Ordinal))
            {
                name += "By" + Identifier.Pascal(segment.Trim('{', '}'));
            }
            else if (!(segment == "api" || (segment.Length > 1 && segment[0] == 'v' && segment.Skip(1).All(char.IsDigit))))
            {
                name += Identifier.Pascal(segment);
            }
        }
        return name;
    }

    // Operation parameters override path-level ones with the same name and location.
    private static IEnumerable<(OpenApiParameter Parameter, string Pointer)> ParametersOf(OpenApiPathItem pathItem, OpenApiOperation operation, string pointer)
    {
        var own = new HashSet<string>(operation.Parameters.Select(p => p.In + ":" + p.Name), StringComparer.Ordinal);
        var pathPointer = pointer.Substring(0, pointer.LastIndexOf('/'));
        for (var i = 0; i < pathItem.Parameters.Count; i++)
        {
            if (!own.Contains(pathItem.Parameters[i].In + ":" + pathItem.Parameters[i].Name))
            {
                yield return (pathItem.Parameters[i], pathPointer + "/parameters/" + i);
            }
        }
        for (var i = 0; i < operation.Parameters.Count; i++)
        {
            yield return (operation.Parameters[i], pointer + "/parameters/" + i);
        }
    }

    private ParameterModel? ParseParameter(OpenApiParameter parameter, string pointer, string baseName, string httpMethod, string pathTemplate, UniqueNames names)
    {
        if (parameter.In == OpenApiParameterLocation.Header && IgnoredHeaders.Contains(parameter.Name))
        {
            return null;
        }
        Model.ParameterLocation location;
        switch (parameter.In)
        {
            case OpenApiParameterLocation.Path:
                location = Model.ParameterLocation.Path;
                break;
            case OpenApiParameterLocation.Query:
                location = Model.ParameterLocation.Query;
                break;
            case OpenApiParameterLocation.Header:
                location = Model.ParameterLocation.Header;
                break;
            default:
                Report(DiagnosticIds.OperationSkipped, Locate(pointer), httpMethod, pathTemplate, $"parameter '{parameter.Name}' in {parameter.In} is not supported and was left out");
                return null;
        }

        // Objects have no one way to travel in a path, query or header: skip them before they are typed.
        if (parameter.Schema is { } schema && schema.Reference is null && (IsRecordShape(schema) || schema.Type == "object"))
        {
            Report(DiagnosticIds.OperationSkipped, Locate(pointer), httpMethod, pathTemplate, $"parameter '{parameter.Name}' is an object, which QlikGen cannot send in the {location.ToString().ToLowerInvariant()}, and was left out");
            return null;
        }
        var type = ResolveType(parameter.Schema, baseName + Identifier.Pascal(parameter.Name), pointer + "/schema", parameter.Name);
        var scalar = type.Kind == TypeKind.List ? type.Element! : type;
        var supported = scalar.Kind is TypeKind.String or TypeKind.Boolean or TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double
            or TypeKind.Single or TypeKind.DateTimeOffset or TypeKind.Date or TypeKind.Guid or TypeKind.Enum;
        if (!supported || (type.Kind == TypeKind.List && location == Model.ParameterLocation.Path))
        {
            Report(DiagnosticIds.OperationSkipped, Locate(pointer), httpMethod, pathTemplate, $"parameter '{parameter.Name}' has a type QlikGen cannot send in the {location.ToString().ToLowerInvariant()} and was left out");
            return null;
        }
        return new ParameterModel(
            names.Claim(Identifier.Camel(parameter.Name)),
            parameter.Name,
            location,
            type,
            parameter.Required || location == Model.ParameterLocation.Path,
            parameter.Description?.Trim() ?? string.Empty,
            parameter.Deprecated);
    }

    private EquatableArray<PathSegment>? SplitPath(string template, List<ParameterModel> parameters, string httpMethod, string pathTemplate, string pointer)
    {
        var segments = new List<PathSegment>();
        var index = 0;
        var relative = template.TrimStart('/');
        while (index < relative.Length)
        {
            var open = relative.IndexOf('{', index);
            if (open < 0)
            {
                segments.Add(new PathSegment(relative.Substring(index), string.Empty));
                break;
            }
            if (open > index)
            {
                segments.Add(new PathSegment(relative.Substring(index, open - index), string.Empty));
            }
            var close = relative.IndexOf('}', open);
            var wireName = close < 0 ? string.Empty : relative.Substring(open + 1, close - open - 1);
            var parameter = parameters.FirstOrDefault(p => p.Location == Model.ParameterLocation.Path && p.WireName == wireName);
            if (parameter is null)
            {
                Report(DiagnosticIds.OperationSkipped, Locate(pointer), httpMethod, pathTemplate, $"the path parameter '{wireName}' is not declared, so the operation was left out");
                return null;
            }
            segments.Add(new PathSegment(parameter.Name, wireName));
            index = close + 1;
        }
        return segments.ToEquatableArray();
    }

    private PayloadModel ParseRequestBody(OpenApiRequestBody? body, string baseName, string pointer)
    {
        if (body is null || body.Content.Count == 0)
        {
            return PayloadModel.None;
        }
        var (mediaType, media) = PickMediaType(body.Content);
        var description = body.Description?.Trim() ?? string.Empty;
        if (IsJson(mediaType) && media.Schema is not null)
        {
            var type = ResolveType(media.Schema, baseName + "Request", pointer + "/content/" + Escape(mediaType) + "/schema", baseName + " request body");
            return new PayloadModel(PayloadKind.Json, type, mediaType, body.Required, description);
        }
        return new PayloadModel(PayloadKind.Raw, null, mediaType, body.Required, description);
    }

    private (PayloadModel Response, EquatableArray<int> SuccessStatuses, EquatableArray<ResponseDoc> Responses) ParseResponses(OpenApiResponses responses, string baseName, string pointer)
    {
        var success = new List<int>();
        var anySuccess = false;
        var emptySuccess = false;
        var docs = new List<ResponseDoc>();
        PayloadModel payload = PayloadModel.None;
        foreach (var pair in responses.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            docs.Add(new ResponseDoc(pair.Key, pair.Value.Description?.Trim() ?? string.Empty));
            var isNumber = int.TryParse(pair.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var status);
            var isSuccess = isNumber ? status is >= 200 and <= 299 : string.Equals(pair.Key, "2XX", StringComparison.OrdinalIgnoreCase);
            if (!isSuccess)
            {
                continue;
            }
            if (isNumber)
            {
                success.Add(status);
            }
            else
            {
                anySuccess = true;
            }
            var body = SuccessBody(pair.Key, pair.Value, baseName, pointer);
            if (body.Kind == PayloadKind.None)
            {
                emptySuccess = true;
            }
            else if (payload.Kind == PayloadKind.None)
            {
                payload = body;
            }
        }
        // A typed body that another documented success (e.g. 204 beside 207) leaves out is returned as null then.
        if (emptySuccess && payload is { Kind: PayloadKind.Json, Type: { IsValueType: false } })
        {
            payload = payload with { IsRequired = false };
        }
        return (payload, anySuccess ? EquatableArray<int>.Empty : success.ToEquatableArray(), docs.ToEquatableArray());
    }

    // JSON content without a schema (Qlik writes it for 204s) carries nothing to type: it counts as no body.
    private PayloadModel SuccessBody(string status, OpenApiResponse response, string baseName, string pointer)
    {
        if (response.Content.Count == 0)
        {
            return PayloadModel.None;
        }
        var (mediaType, media) = PickMediaType(response.Content);
        var description = response.Description?.Trim() ?? string.Empty;
        if (!IsJson(mediaType))
        {
            return new PayloadModel(PayloadKind.Raw, null, mediaType, true, description);
        }
        return media.Schema is null
            ? PayloadModel.None
            : new PayloadModel(PayloadKind.Json, ResolveType(media.Schema, baseName + "Response", pointer + "/" + Escape(status) + "/content/" + Escape(mediaType) + "/schema", baseName + " response"), mediaType, true, description);
    }

    private static (string MediaType, OpenApiMediaType Media) PickMediaType(IDictionary<string, OpenApiMediaType> content)
    {
        foreach (var preferred in content.Where(c => c.Key.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)))
        {
            return (preferred.Key, preferred.Value);
        }
        foreach (var json in content.Where(c => IsJson(c.Key)))
        {
            return (json.Key, json.Value);
        }
        var first = content.First();
        return (first.Key, first.Value);
    }

    private static bool IsJson(string mediaType)
        => mediaType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase)
            || mediaType.StartsWith("text/json", StringComparison.OrdinalIgnoreCase);

    // A 207 response whose one list property holds items with an integer "status" exposes them as multi-status outcomes.
    private void MarkMultiStatus(ClientModel client)
    {
        foreach (var operation in client.Operations)
        {
            if (!operation.SuccessStatuses.Contains(207) || operation.Response.Type is not { Kind: TypeKind.Record } responseType
                || !_records.TryGetValue(responseType.Name, out var response))
            {
                continue;
            }
            var lists = response.Properties.Where(p => p.Type.Kind == TypeKind.List && p.Type.Element!.Kind == TypeKind.Record).ToList();
            if (lists.Count != 1 || !_records.TryGetValue(lists[0].Type.Element!.Name, out var item))
            {
                continue;
            }
            var status = item.Properties.FirstOrDefault(p => p.WireName == "status" && p.Type.Kind == TypeKind.Int32);
            if (status is null)
            {
                continue;
            }
            string StringProperty(string wireName) => item.Properties.FirstOrDefault(p => p.WireName == wireName && p.Type.Kind == TypeKind.String)?.Name ?? string.Empty;
            response.MultiStatus = new MultiStatusModel(lists[0].Name, item.Name, lists[0].IsNullable);
            item.MultiStatusItem = new MultiStatusItemModel(status.Name, status.IsNullable, StringProperty("code"), StringProperty("title"));
        }
    }
}
