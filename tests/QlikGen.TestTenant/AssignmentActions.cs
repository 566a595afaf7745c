using System.Linq;
using System.Text.Json.Nodes;

namespace QlikGen.TestTenant;

/// <summary>
/// The outcome of one item of an add, delete or update batch, as the seed documents them: 201 created, 200 deleted or
/// updated, 403 no available allotment, 404 assignment not found, 409 already assigned, 400 an invalid item.
/// </summary>
internal static class AssignmentActions
{
    public static JsonObject Add(TenantState.Batch batch, JsonNode? item)
    {
        var (subject, type, error) = Read(item, typeRequired: true);
        if (error is not null)
        {
            return Outcome(subject, type, null, 400, QlikErrors.InvalidItemCode, error);
        }
        if (batch.AssignmentOf(subject!) is not null)
        {
            return Outcome(subject, type, null, 409, QlikErrors.ExistsCode, QlikErrors.ExistsTitle);
        }
        if (!batch.HasAvailableUnit(type!))
        {
            return Outcome(subject, type, null, 403, QlikErrors.NoAllotmentCode, QlikErrors.NoAllotmentTitle);
        }
        batch.Assign(subject!, type!);
        return Outcome(subject, type, null, 201);
    }

    public static JsonObject Delete(TenantState.Batch batch, JsonNode? item)
    {
        var (subject, type, error) = Read(item, typeRequired: true);
        if (error is not null)
        {
            return Outcome(subject, type, null, 400, QlikErrors.InvalidItemCode, error);
        }
        if (batch.AssignmentOf(subject!) != type)
        {
            return Outcome(subject, type, null, 404, QlikErrors.NotFoundCode, QlikErrors.NotFoundTitle);
        }
        batch.Remove(subject!);
        return Outcome(subject, type, null, 200);
    }

    public static JsonObject Update(TenantState.Batch batch, JsonNode? item)
    {
        var (subject, type, error) = Read(item, typeRequired: true);
        var sourceType = (item as JsonObject)?["sourceType"] is JsonValue source && source.TryGetValue<string>(out var text) ? text : null;
        if (error is null && sourceType is not null && !TenantState.Types.Contains(sourceType))
        {
            error = $"sourceType must be one of {string.Join(", ", TenantState.Types)}";
        }
        if (error is not null)
        {
            return Outcome(subject, type, sourceType, 400, QlikErrors.InvalidItemCode, error);
        }
        var current = batch.AssignmentOf(subject!);
        if (current is null || (sourceType is not null && current != sourceType))
        {
            return Outcome(subject, type, sourceType, 404, QlikErrors.NotFoundCode, QlikErrors.NotFoundTitle);
        }
        if (current != type && !batch.HasAvailableUnit(type!))
        {
            return Outcome(subject, type, sourceType, 403, QlikErrors.NoAllotmentCode, QlikErrors.NoAllotmentTitle);
        }
        batch.Assign(subject!, type!);
        return Outcome(subject, type, sourceType ?? current, 200);
    }

    private static (string? Subject, string? Type, string? Error) Read(JsonNode? item, bool typeRequired)
    {
        if (item is not JsonObject fields)
        {
            return (null, null, "an assignment item must be an object");
        }
        var subject = fields["subject"] is JsonValue s && s.TryGetValue<string>(out var subjectText) ? subjectText : null;
        var type = fields["type"] is JsonValue t && t.TryGetValue<string>(out var typeText) ? typeText : null;
        if (string.IsNullOrWhiteSpace(subject))
        {
            return (subject, type, "subject is required");
        }
        if (typeRequired && (type is null || !TenantState.Types.Contains(type)))
        {
            return (subject, type, $"type must be one of {string.Join(", ", TenantState.Types)}");
        }
        return (subject, type, null);
    }

    private static JsonObject Outcome(string? subject, string? type, string? sourceType, int status, string? code = null, string? title = null)
    {
        var outcome = new JsonObject { ["subject"] = subject ?? string.Empty, ["type"] = type ?? string.Empty };
        if (sourceType is not null)
        {
            outcome["sourceType"] = sourceType;
        }
        outcome["status"] = status;
        if (code is not null)
        {
            outcome["code"] = code;
            outcome["title"] = title;
        }
        return outcome;
    }
}
