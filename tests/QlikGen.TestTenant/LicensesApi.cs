using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace QlikGen.TestTenant;

/// <summary>The five operations of the seed, under <c>/api/v1/licenses</c>, behind bearer authentication.</summary>
public static class LicensesApi
{
    /// <summary>Maps the Licenses API of <paramref name="state"/> onto <paramref name="routes"/>.</summary>
    public static RouteGroupBuilder MapLicensesApi(this IEndpointRouteBuilder routes, TenantState state, TestTenantOptions options)
    {
        ArgumentNullException.ThrowIfNull(routes);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(options);
        var api = routes.MapGroup("/api/v1/licenses");
        api.AddEndpointFilter(async (context, next) =>
            Authorized(context.HttpContext.Request, options.ApiKey)
                ? await next(context)
                : QlikErrors.Response(401, "LICENSES-401", "Unauthorized", "unauthorized (invalid token)"));

        api.MapPost("/assignments/actions/add", (HttpRequest request) => Batch(request, state, "add", AssignmentActions.Add));
        api.MapPost("/assignments/actions/delete", (HttpRequest request) => Batch(request, state, "delete", AssignmentActions.Delete));
        api.MapPost("/assignments/actions/update", (HttpRequest request) => Batch(request, state, "update", AssignmentActions.Update));
        api.MapGet("/status", () => QlikErrors.Json(200, Status()));
        api.MapGet("/overview", () => QlikErrors.Json(200, Overview(state)));
        return api;
    }

    private static bool Authorized(HttpRequest request, string apiKey)
    {
        var header = request.Headers.Authorization.ToString();
        const string Scheme = "Bearer ";
        return header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)
            && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.UTF8.GetBytes(header.Substring(Scheme.Length).Trim()),
                System.Text.Encoding.UTF8.GetBytes(apiKey));
    }

    // The whole body is checked before any item is applied: a bad body changes nothing.
    private static async Task<IResult> Batch(HttpRequest request, TenantState state, string property, Func<TenantState.Batch, JsonNode?, JsonObject> action)
    {
        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
        }
        catch (JsonException exception)
        {
            return QlikErrors.Response(400, "LICENSES-001", "Bad request", "body is bad or missing: " + exception.Message);
        }
        if (body is not JsonObject fields || fields[property] is not JsonArray items)
        {
            return QlikErrors.Response(400, "LICENSES-001", "Bad request", $"body is bad or missing: expected an object with a '{property}' array");
        }
        var outcomes = state.Apply(batch => items.Select(item => action(batch, item)).ToList());
        return QlikErrors.Json(207, new JsonObject { ["data"] = new JsonArray(outcomes.Cast<JsonNode?>().ToArray()) });
    }

    private static JsonObject Status() => new()
    {
        ["status"] = "Ok",
        ["valid"] = "2026-01-01/2026-12-31",
        ["type"] = "Signed",
        ["origin"] = "Internal",
        ["trial"] = false,
        ["product"] = "Qlik Cloud Analytics",
    };

    private static JsonObject Overview(TenantState state) => new()
    {
        ["licenseNumber"] = "9999000000001234",
        ["licenseKey"] = "eyJ0ZXN0LXRlbmFudCI6dHJ1ZX0",
        ["valid"] = "2026-01-01/2026-12-31",
        ["status"] = "Ok",
        ["origin"] = "Internal",
        ["trial"] = false,
        ["allotments"] = new JsonArray(state.Allotments()
            .Select(a => (JsonNode?)new JsonObject { ["name"] = a.Name, ["usageClass"] = "assigned", ["unitsUsed"] = a.Used, ["units"] = a.Units, ["overage"] = 0 })
            .ToArray()),
        ["product"] = "Qlik Cloud Analytics",
        ["parameters"] = new JsonArray(new JsonObject
        {
            ["name"] = "qlikAlerting",
            ["valid"] = "./.",
            ["values"] = new JsonObject { ["saas_alerting"] = "FULL" },
            ["access"] = new JsonObject { ["allotment"] = "professional" },
        }),
    };
}
