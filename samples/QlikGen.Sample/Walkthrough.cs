using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using QlikGen.Licenses;

namespace QlikGen.Sample;

/// <summary>The calls the sample makes, printed as it goes: one short block per operation.</summary>
internal sealed class Walkthrough
{
    private readonly ILicensesClient _licenses;
    private readonly CancellationToken _cancellationToken;

    public Walkthrough(ILicensesClient licenses, CancellationToken cancellationToken)
    {
        _licenses = licenses;
        _cancellationToken = cancellationToken;
    }

    public async Task StatusAsync()
    {
        var status = await _licenses.GetLicenseStatusAsync(_cancellationToken);
        Console.WriteLine(OperationLabel.Of(nameof(ILicensesClient.GetLicenseStatusAsync)));
        Console.WriteLine($"     {status.Status} · {status.Type} · {status.Origin} · {status.Product} · valid {status.Valid}{(status.Trial ? " · trial" : string.Empty)}");
    }

    public async Task OverviewAsync()
    {
        var overview = await _licenses.GetLicenseOverviewAsync(_cancellationToken);
        Console.WriteLine(OperationLabel.Of(nameof(ILicensesClient.GetLicenseOverviewAsync)));
        Console.WriteLine("     " + string.Join(" · ", overview.Allotments.Select(a => $"{a.Name} {a.UnitsUsed}/{a.Units} used")));
    }

    public async Task AddAsync(params (string Subject, AssignmentType Type)[] assignments)
    {
        var added = await _licenses.AddLicenseAssignmentsAsync(new AssignmentsActionsAddRequest
        {
            Add = assignments.Select(a => new AssignmentsActionsAddRequestAdd { Subject = a.Subject, Type = a.Type }).ToList(),
        }, _cancellationToken);
        Console.WriteLine(OperationLabel.Of(nameof(ILicensesClient.AddLicenseAssignmentsAsync)));
        foreach (var item in added.Data)
        {
            Console.WriteLine(Outcome(item.Status, item.Subject, item.Type, item.Code, item.Title));
        }
        Summary(added);
    }

    public async Task UpdateAsync(string subject, AssignmentType from, AssignmentType to)
    {
        var updated = await _licenses.UpdateLicenseAssignmentsAsync(new AssignmentsActionsUpdateRequest
        {
            Update = [new() { Subject = subject, SourceType = from, Type = to }],
        }, _cancellationToken);
        Console.WriteLine(OperationLabel.Of(nameof(ILicensesClient.UpdateLicenseAssignmentsAsync)));
        foreach (var item in updated.Data)
        {
            Console.WriteLine(Outcome(item.Status ?? 0, item.Subject ?? "?", $"{item.SourceType} → {item.Type}", item.Code, item.Title));
        }
        Summary(updated);
    }

    public async Task DeleteAsync(params (string Subject, AssignmentType Type)[] assignments)
    {
        var deleted = await _licenses.DeleteLicenseAssignmentsAsync(new AssignmentsActionsDeleteRequest
        {
            Delete = assignments.Select(a => new AssignmentsActionsDeleteRequestDelete { Subject = a.Subject, Type = a.Type }).ToList(),
        }, _cancellationToken);
        Console.WriteLine(OperationLabel.Of(nameof(ILicensesClient.DeleteLicenseAssignmentsAsync)));
        foreach (var item in deleted.Data)
        {
            Console.WriteLine(Outcome(item.Status, item.Subject ?? "?", item.Type ?? "?", item.Code, item.Title));
        }
        Summary(deleted);
    }

    /// <summary>Calls the tenant with a wrong API key: the failure arrives as a typed <see cref="QlikApiException"/>.</summary>
    public static async Task UnauthorizedAsync(Uri tenant, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = tenant };
        http.DefaultRequestHeaders.Authorization = new("Bearer", "not-the-right-key");
        try
        {
            await new LicensesClient(http).GetLicenseStatusAsync(cancellationToken);
        }
        catch (QlikApiException ex)
        {
            Console.WriteLine(OperationLabel.Of(nameof(ILicensesClient.GetLicenseStatusAsync)) + "  (with a wrong API key)");
            Console.WriteLine($"     QlikApiException {(int)ex.StatusCode} {ex.StatusCode}: {ex.Errors[0].Code} {ex.Errors[0].Title}");
        }
    }

    private static string Outcome(int status, string subject, string what, string? code, string? title)
        => status is >= 200 and <= 299
            ? $"     ✓ {status}  {subject,-12} {what}"
            : $"     ✗ {status}  {subject,-12} {what}  {code} {title}";

    private static void Summary<TItem>(IQlikMultiStatusResult<TItem> result)
        where TItem : IQlikMultiStatusItem
    {
        var failed = result.Failures().Count;
        Console.WriteLine(failed == 0
            ? $"     all {result.Items.Count} succeeded"
            : $"     {result.Items.Count - failed} of {result.Items.Count} succeeded, {failed} failed (per item, in the 207 response)");
    }
}
