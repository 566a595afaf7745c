using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace QlikGen.TestTenant;

/// <summary>Qlik's <c>errorResponse</c> bodies and the per-item outcomes of a 207 batch.</summary>
internal static class QlikErrors
{
    public const string NoAllotmentCode = "LICENSES-011";
    public const string NoAllotmentTitle = "No available allotment";
    public const string NotFoundCode = "LICENSES-016";
    public const string NotFoundTitle = "Assignment not found.";
    public const string ExistsCode = "LICENSES-013";
    public const string ExistsTitle = "Assignment already exists.";
    public const string InvalidItemCode = "LICENSES-002";

    /// <summary>An <c>errorResponse</c> with one error, as the status it describes.</summary>
    public static IResult Response(int status, string code, string title, string detail)
    {
        var body = new JsonObject
        {
            ["errors"] = new JsonArray(new JsonObject { ["code"] = code, ["title"] = title, ["detail"] = detail }),
            // Deprecated by the spec but still required by it: kept for older clients.
            ["error"] = title,
            ["message"] = detail,
        };
        return Json(status, body);
    }

    public static IResult Json(int status, JsonNode body) => Results.Content(body.ToJsonString(), "application/json", statusCode: status);
}
