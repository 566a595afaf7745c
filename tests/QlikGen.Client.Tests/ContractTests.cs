using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using QlikGen;
using QlikGen.Licenses;
using Xunit;

namespace QlikGen.Client.Tests;

/// <summary>The contract program, run against Qlik's documented examples.</summary>
public sealed class ContractTests
{
    private const string UnauthorizedBody = """
        {"errors":[{"code":"LICENSES-401","title":"Unauthorized","detail":"the token is invalid or has expired"}],"error":"util.Error","message":"unauthorized"}
        """;

    // The contract program verbatim. The only edits: `new HttpClient(handler) { ... }` instead of `new HttpClient { ... }`,
    // and `console.WriteLine` instead of `Console.WriteLine`, so that the test can script the server and read the output.
    private static async Task RunAsync(HttpMessageHandler handler, string apiKey, TextWriter console)
    {
        var http = new HttpClient(handler) { BaseAddress = new Uri("https://your-tenant.us.qlikcloud.com") };
        http.DefaultRequestHeaders.Authorization = new("Bearer", apiKey);
        ILicensesClient licenses = new LicensesClient(http);

        AssignmentsActionsAddResponse added = await licenses.AddLicenseAssignmentsAsync(new AssignmentsActionsAddRequest
        {
            Add = [new() { Subject = "qlik\\kalle", Type = AssignmentType.Professional },
                   new() { Subject = "qlik\\nalle", Type = AssignmentType.Analyzer }],
        });
        foreach (var item in added.Data) console.WriteLine($"{item.Subject} {item.Type} {item.Status} {item.Code} {item.Title}");
        await licenses.DeleteLicenseAssignmentsAsync(new AssignmentsActionsDeleteRequest { Delete = [new() { Subject = "qlik\\malik", Type = AssignmentType.Analyzer }] });
        await licenses.UpdateLicenseAssignmentsAsync(new AssignmentsActionsUpdateRequest { Update = [new() { Subject = "qlik\\malik", Type = AssignmentType.Professional, SourceType = AssignmentType.Analyzer }] });
        LicenseStatus status = await licenses.GetLicenseStatusAsync();
        LicenseOverview overview = await licenses.GetLicenseOverviewAsync(CancellationToken.None);
        console.WriteLine($"{status.Status} {status.Type} {status.Origin} {status.Trial} {status.Product} {status.Valid}");
        foreach (var a in overview.Allotments) console.WriteLine($"{a.Name} {a.UnitsUsed}/{a.Units} {a.Overage}");
        try { await licenses.GetLicenseStatusAsync(); }
        catch (QlikApiException ex) { console.WriteLine($"{ex.StatusCode} {ex.Errors[0].Code} {ex.Errors[0].Title}"); }
    }

    [Fact]
    public async Task ContractProgramSendsTheDocumentedRequestsAndPrintsTheDocumentedResults()
    {
        var handler = new RecordingHandler()
            .RespondJson(207, SeedExamples.AddResponse)
            .RespondJson(207, SeedExamples.DeleteResponse)
            .RespondJson(207, SeedExamples.UpdateResponse)
            .RespondJson(200, SeedExamples.StatusResponse)
            .RespondJson(200, SeedExamples.OverviewResponse)
            .RespondJson(401, UnauthorizedBody);
        using var console = new StringWriter { NewLine = "\n" };

        await RunAsync(handler, TestClient.ApiKey, console);

        Assert.Equal(0, handler.PendingResponses);
        Assert.Collection(
            handler.Requests,
            r => AssertRequest(r, "POST", SeedExamples.AddPath, SeedExamples.AddRequest),
            r => AssertRequest(r, "POST", SeedExamples.DeletePath, SeedExamples.DeleteRequest),
            r => AssertRequest(r, "POST", SeedExamples.UpdatePath, SeedExamples.UpdateRequest),
            r => AssertRequest(r, "GET", SeedExamples.StatusPath, null),
            r => AssertRequest(r, "GET", SeedExamples.OverviewPath, null),
            r => AssertRequest(r, "GET", SeedExamples.StatusPath, null));

        Assert.Equal(
            [
                "string string 0 string string",
                "Ok Signed Internal True string string",
                "professional 0/0 0",
                "Unauthorized LICENSES-401 Unauthorized",
            ],
            console.ToString().TrimEnd('\n').Split('\n'));
    }

    private static void AssertRequest(RecordedRequest request, string method, string path, string? body)
    {
        Assert.Equal(method, request.Method);
        Assert.Equal(new Uri(TestClient.TenantAddress, path), request.Uri);
        Assert.Equal(["Bearer " + TestClient.ApiKey], request.HeaderValues("Authorization"));
        if (body is null)
        {
            Assert.Null(request.Body);
            Assert.Empty(request.HeaderValues("Content-Type"));
        }
        else
        {
            Assert.StartsWith("application/json", Assert.Single(request.HeaderValues("Content-Type")), StringComparison.Ordinal);
            JsonAssert.Equal(body, request.Body);
        }
    }
}
