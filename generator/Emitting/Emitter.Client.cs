using System.Collections.Generic;
using System.Linq;
using QlikGen.Generator.Model;

namespace QlikGen.Generator.Emitting;

/// <summary>The client: an interface with one documented async method per operation, and its HttpClient implementation.</summary>
internal static partial class Emitter
{
    private const string CancellationTokenParameter = "global::System.Threading.CancellationToken cancellationToken = default";

    public static string ClientInterface(string ns, string apiName, ClientModel client)
    {
        var writer = StartFile(ns);
        writer.Line("/// <summary>");
        writer.Doc($"A client of the {Xml(client.Title)}: one async method per operation.");
        writer.Line("/// </summary>");
        if (client.Description.Length > 0)
        {
            writer.Line("/// <remarks>");
            writer.Doc(Xml(client.Description));
            writer.Line("/// </remarks>");
        }
        writer.Line(GeneratedCode);
        writer.Line($"[global::QlikGen.QlikApi({Literal(apiName)})]");
        writer.OpenBlock($"public partial interface {client.InterfaceName}");
        var first = true;
        foreach (var operation in client.Operations)
        {
            if (!first)
            {
                writer.Line();
            }
            first = false;
            MethodDocs(writer, operation, apiName);
            OperationAttributes(writer, operation);
            writer.Line($"{ReturnType(operation, ns)} {operation.MethodName}({string.Join(", ", Signature(operation, ns))});");
        }
        writer.CloseBlock();
        return writer.ToString();
    }

    public static string ClientClass(string ns, string apiName, ClientModel client)
    {
        var writer = StartFile(ns);
        writer.Line("/// <summary>");
        writer.Doc($"Calls the {Xml(client.Title)} through an <see cref=\"global::System.Net.Http.HttpClient\"/>.");
        writer.Line("/// </summary>");
        writer.Line("/// <remarks>");
        writer.Line("/// The HttpClient's <see cref=\"global::System.Net.Http.HttpClient.BaseAddress\"/> is the tenant, e.g. <c>https://your-tenant.us.qlikcloud.com</c>,");
        writer.Line("/// and its default headers (or a handler) carry the authorization, e.g. <c>Authorization: Bearer &lt;API key&gt;</c>.");
        writer.Line("/// Any status an operation does not document as success is raised as <see cref=\"global::QlikGen.QlikApiException\"/>.");
        writer.Line("/// </remarks>");
        writer.Line(GeneratedCode);
        writer.Line($"[global::QlikGen.QlikApi({Literal(apiName)})]");
        writer.OpenBlock($"public sealed partial class {client.Name} : global::{ns}.{client.InterfaceName}");
        foreach (var operation in client.Operations)
        {
            var stem = Stem(operation);
            writer.Line($"private static readonly int[]? s_{stem}Success = {SuccessArray(operation)};");
            if (operation.Body is { Kind: PayloadKind.Json, Type: { } bodyType })
            {
                writer.Line($"private static readonly {JsonConverterOf}<{TypeName(bodyType, ns)}> s_{stem}Body = {ConverterExpression(bodyType, ns)};");
            }
            if (operation.Response is { Kind: PayloadKind.Json, Type: { } responseType })
            {
                writer.Line($"private static readonly {JsonConverterOf}<{TypeName(responseType, ns)}> s_{stem}Response = {ConverterExpression(responseType, ns)};");
            }
        }
        writer.Line();
        writer.Line("private readonly global::System.Net.Http.HttpClient _httpClient;");
        writer.Line();
        writer.Line($"/// <summary>Creates a client that sends its requests through <paramref name=\"httpClient\"/>.</summary>");
        writer.Line("/// <param name=\"httpClient\">An HttpClient whose base address is the tenant URL and whose default headers carry the authorization.</param>");
        writer.Line("/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"httpClient\"/> is null.</exception>");
        writer.Line($"public {client.Name}(global::System.Net.Http.HttpClient httpClient) => _httpClient = httpClient ?? throw new global::System.ArgumentNullException(nameof(httpClient));");
        foreach (var operation in client.Operations)
        {
            writer.Line();
            writer.Line("/// <inheritdoc />");
            OperationAttributes(writer, operation);
            writer.OpenBlock($"public async {ReturnType(operation, ns)} {operation.MethodName}({string.Join(", ", Signature(operation, ns))})");
            MethodBody(writer, operation, ns);
            writer.CloseBlock();
        }
        writer.CloseBlock();
        return writer.ToString();
    }

    private static string Stem(OperationModel operation)
        => operation.MethodName.EndsWith("Async", System.StringComparison.Ordinal) ? operation.MethodName.Substring(0, operation.MethodName.Length - 5) : operation.MethodName;

    private static string SuccessArray(OperationModel operation)
        => operation.SuccessStatuses.Count == 0 ? "null" : "new int[] { " + string.Join(", ", operation.SuccessStatuses.Select(s => s.ToString(System.Globalization.CultureInfo.InvariantCulture))) + " }";

    private static string ReturnType(OperationModel operation, string ns) => operation.Response switch
    {
        { Kind: PayloadKind.Json, Type: { } type } => "global::System.Threading.Tasks.Task<" + Nullable(TypeName(type, ns), !operation.Response.IsRequired) + ">",
        { Kind: PayloadKind.Raw } => "global::System.Threading.Tasks.Task<byte[]>",
        _ => "global::System.Threading.Tasks.Task",
    };

    // Required parameters first (path, then others), then the body, optional parameters, and the token last.
    // An optional body sits before optional parameters: all optional ones have defaults, so the order still compiles.
    private static List<string> Signature(OperationModel operation, string ns)
    {
        var parts = new List<string>();
        foreach (var parameter in OrderedParameters(operation, required: true))
        {
            parts.Add(TypeName(parameter.Type, ns) + " " + parameter.Name);
        }
        if (BodyParameter(operation, ns) is { } body)
        {
            parts.Add(operation.Body.IsRequired ? body : body + " = null");
        }
        foreach (var parameter in OrderedParameters(operation, required: false))
        {
            parts.Add(Nullable(TypeName(parameter.Type, ns), true) + " " + parameter.Name + " = null");
        }
        parts.Add(CancellationTokenParameter);
        return parts;
    }

    private static IEnumerable<ParameterModel> OrderedParameters(OperationModel operation, bool required)
        => operation.Parameters.Where(p => p.IsRequired == required).OrderBy(p => p.Location == ParameterLocation.Path ? 0 : 1);

    private static string? BodyParameter(OperationModel operation, string ns) => operation.Body switch
    {
        { Kind: PayloadKind.Json, Type: { } type } => Nullable(TypeName(type, ns), !operation.Body.IsRequired) + " body",
        { Kind: PayloadKind.Raw } => Nullable("global::System.Net.Http.HttpContent", !operation.Body.IsRequired) + " content",
        _ => null,
    };

    private static void OperationAttributes(SourceWriter writer, OperationModel operation)
    {
        var operationId = operation.OperationId.Length > 0 ? $", OperationId = {Literal(operation.OperationId)}" : string.Empty;
        writer.Line($"[global::QlikGen.QlikOperation({Literal(operation.HttpMethod)}, {Literal(operation.PathTemplate)}{operationId})]");
        if (operation.Stability.Length > 0)
        {
            writer.Line($"[global::QlikGen.QlikStability({Literal(operation.Stability)})]");
        }
        if (operation.IsDeprecated)
        {
            writer.Line("[global::QlikGen.QlikDeprecated]");
        }
    }

    private static void MethodDocs(SourceWriter writer, OperationModel operation, string apiName)
    {
        var summary = operation.Summary.Length > 0 ? operation.Summary : operation.Description;
        Summary(writer, summary, $"Calls {Code(operation.HttpMethod + " " + operation.PathTemplate)}.");
        writer.Line("/// <remarks>");
        if (operation.Summary.Length > 0 && operation.Description.Length > 0 && operation.Description != operation.Summary)
        {
            writer.Line("/// <para>");
            writer.Doc(Xml(operation.Description));
            writer.Line("/// </para>");
        }
        writer.Line($"/// <para>{Code(operation.HttpMethod + " " + operation.PathTemplate)} of the Qlik {Xml(apiName)} API.</para>");
        if (operation.Stability.Length > 0)
        {
            var meaning = string.Equals(operation.Stability, "experimental", System.StringComparison.OrdinalIgnoreCase) ? ": it may change without notice" : string.Empty;
            writer.Line($"/// <para>The spec marks this operation {Code(operation.Stability)}{meaning}.</para>");
        }
        if (operation.IsDeprecated)
        {
            writer.Line("/// <para>The spec marks this operation deprecated.</para>");
        }
        writer.Line("/// </remarks>");
        foreach (var parameter in OrderedParameters(operation, required: true).Concat(OrderedParameters(operation, required: false)))
        {
            var text = parameter.Description.Length > 0 ? Xml(parameter.Description) : $"The {Code(parameter.WireName)} {parameter.Location.ToString().ToLowerInvariant()} parameter.";
            writer.Line($"/// <param name=\"{parameter.Name.TrimStart('@')}\">{text.Replace("\n", " ")}</param>");
        }
        if (operation.Body.Kind != PayloadKind.None)
        {
            var name = operation.Body.Kind == PayloadKind.Json ? "body" : "content";
            var text = operation.Body.Description.Length > 0 ? Xml(operation.Body.Description) : "The request body.";
            var media = operation.Body.Kind == PayloadKind.Raw ? $" Sent as {Code(operation.Body.MediaType)}." : string.Empty;
            writer.Line($"/// <param name=\"{name}\">{text.Replace("\n", " ")}{media}</param>");
        }
        writer.Line("/// <param name=\"cancellationToken\">Cancels the request.</param>");
        var statuses = operation.SuccessStatuses.Count == 0 ? "2xx" : string.Join(" or ", operation.SuccessStatuses.Select(s => s.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (operation.Response.Kind != PayloadKind.None)
        {
            var text = operation.Response.Description.Length > 0 ? Xml(operation.Response.Description) : "The response body.";
            var orNull = operation.Response.IsRequired ? string.Empty : "; <see langword=\"null\"/> when the service answers without a body";
            writer.Line($"/// <returns>{text.Replace("\n", " ")} (status {statuses}){orNull}</returns>");
        }
        var errors = operation.Responses.Where(r => !r.Status.StartsWith("2", System.StringComparison.Ordinal)).ToList();
        var described = errors.Count == 0 ? string.Empty : ": " + string.Join("; ", errors.Select(e => e.Status + (e.Description.Length > 0 ? " " + Xml(e.Description.TrimEnd('.')) : string.Empty)));
        writer.Line($"/// <exception cref=\"global::QlikGen.QlikApiException\">The service answered with a status other than {statuses}{described.Replace("\n", " ")}.</exception>");
    }

    private static void MethodBody(SourceWriter writer, OperationModel operation, string ns)
    {
        var stem = Stem(operation);
        foreach (var parameter in OrderedParameters(operation, required: true).Where(p => !p.Type.IsValueType))
        {
            writer.Line($"global::System.ArgumentNullException.ThrowIfNull({parameter.Name});");
        }
        if (operation.Body.Kind != PayloadKind.None && operation.Body.IsRequired)
        {
            writer.Line($"global::System.ArgumentNullException.ThrowIfNull({(operation.Body.Kind == PayloadKind.Json ? "body" : "content")});");
        }

        var path = operation.Path;
        var start = path.Count > 0 && !path[0].IsParameter ? path[0].Text : string.Empty;
        writer.Line($"var requestPath = new global::QlikGen.Http.QlikRequestPath({Literal(start)});");
        for (var i = start.Length > 0 ? 1 : 0; i < path.Count; i++)
        {
            if (path[i].IsParameter)
            {
                var parameter = operation.Parameters.First(p => p.Location == ParameterLocation.Path && p.Name == path[i].Text);
                writer.Line($"requestPath.Parameter({Literal(parameter.WireName)}, {Format(parameter.Type, parameter.Name, nullable: false)});");
            }
            else
            {
                writer.Line($"requestPath.Literal({Literal(path[i].Text)});");
            }
        }
        foreach (var parameter in operation.Parameters.Where(p => p.Location == ParameterLocation.Query))
        {
            var nullable = !parameter.IsRequired;
            var value = parameter.Type.Kind == TypeKind.List
                ? FormatList(parameter.Type.Element!, parameter.Name, nullable)
                : Format(parameter.Type, parameter.Name, nullable);
            writer.Line($"requestPath.Query({Literal(parameter.WireName)}, {value});");
        }

        writer.Line($"using var request = global::QlikGen.Http.QlikHttp.CreateRequest({HttpMethodExpression(operation.HttpMethod)}, requestPath);");
        foreach (var parameter in operation.Parameters.Where(p => p.Location == ParameterLocation.Header))
        {
            var value = parameter.Type.Kind == TypeKind.List
                ? FormatList(parameter.Type.Element!, parameter.Name, !parameter.IsRequired)
                : Format(parameter.Type, parameter.Name, !parameter.IsRequired);
            writer.Line($"global::QlikGen.Http.QlikHttp.AddHeader(request, {Literal(parameter.WireName)}, {value});");
        }
        if (operation.Body.Kind == PayloadKind.Json)
        {
            var value = !operation.Body.IsRequired && operation.Body.Type!.IsValueType ? "body.Value" : "body";
            var content = $"request.Content = global::QlikGen.Http.QlikHttp.JsonContent({value}, s_{stem}Body);";
            if (operation.Body.IsRequired)
            {
                writer.Line(content);
            }
            else
            {
                writer.OpenBlock("if (body is not null)");
                writer.Line(content);
                writer.CloseBlock();
            }
        }
        else if (operation.Body.Kind == PayloadKind.Raw)
        {
            writer.Line("request.Content = content;");
        }

        var send = operation.Response.Kind switch
        {
            PayloadKind.Json when !operation.Response.IsRequired => $"return await global::QlikGen.Http.QlikHttp.SendOrDefaultAsync(_httpClient, request, s_{stem}Success, s_{stem}Response, cancellationToken).ConfigureAwait(false);",
            PayloadKind.Json => $"return await global::QlikGen.Http.QlikHttp.SendAsync(_httpClient, request, s_{stem}Success, s_{stem}Response, cancellationToken).ConfigureAwait(false);",
            PayloadKind.Raw => $"return await global::QlikGen.Http.QlikHttp.SendForBytesAsync(_httpClient, request, s_{stem}Success, cancellationToken).ConfigureAwait(false);",
            _ => $"await global::QlikGen.Http.QlikHttp.SendAsync(_httpClient, request, s_{stem}Success, cancellationToken).ConfigureAwait(false);",
        };
        writer.Line(send);
    }

    private static string HttpMethodExpression(string method) => method switch
    {
        "GET" => "global::System.Net.Http.HttpMethod.Get",
        "POST" => "global::System.Net.Http.HttpMethod.Post",
        "PUT" => "global::System.Net.Http.HttpMethod.Put",
        "DELETE" => "global::System.Net.Http.HttpMethod.Delete",
        "PATCH" => "global::System.Net.Http.HttpMethod.Patch",
        "HEAD" => "global::System.Net.Http.HttpMethod.Head",
        "OPTIONS" => "global::System.Net.Http.HttpMethod.Options",
        _ => $"new global::System.Net.Http.HttpMethod({Literal(method)})",
    };

    // A parameter value as the string the wire carries (invariant culture; enums by their wire value).
    private static string Format(TypeRef type, string name, bool nullable) => type.Kind switch
    {
        TypeKind.String => name,
        TypeKind.Enum => nullable ? name + "?.Value" : name + ".Value",
        _ => "global::QlikGen.Http.QlikRequestPath.Format(" + name + ")" + (nullable ? string.Empty : "!"),
    };

    private static string FormatList(TypeRef element, string name, bool nullable)
    {
        if (element.Kind == TypeKind.String)
        {
            return name;
        }
        var select = $"global::System.Linq.Enumerable.Select({name}, item => {Format(element, "item", nullable: false)})";
        return nullable ? $"{name} is null ? null : {select}" : select;
    }
}
