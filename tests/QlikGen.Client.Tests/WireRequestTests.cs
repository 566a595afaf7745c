using System;
using System.Text.Json;
using System.Threading.Tasks;
using QlikGen.Licenses;
using Xunit;

namespace QlikGen.Client.Tests;

/// <summary>Each operation sends exactly the request of Qlik's curl example.</summary>
public sealed class WireRequestTests
{
    [Fact]
    public async Task AddSendsTheSeedRequest()
    {
        using var client = TestClient.Create();
        client.Handler.RespondJson(207, SeedExamples.AddResponse);

        await client.Licenses.AddLicenseAssignmentsAsync(new AssignmentsActionsAddRequest
        {
            Add =
            [
                new() { Subject = "qlik\\kalle", Type = AssignmentType.Professional },
                new() { Subject = "qlik\\nalle", Type = AssignmentType.Analyzer },
            ],
        });

        AssertPostedJson(Assert.Single(client.Handler.Requests), SeedExamples.AddPath, SeedExamples.AddRequest);
    }

    [Fact]
    public async Task DeleteSendsTheSeedRequest()
    {
        using var client = TestClient.Create();
        client.Handler.RespondJson(207, SeedExamples.DeleteResponse);

        await client.Licenses.DeleteLicenseAssignmentsAsync(new AssignmentsActionsDeleteRequest
        {
            Delete = [new() { Subject = "qlik\\malik", Type = AssignmentType.Analyzer }],
        });

        AssertPostedJson(Assert.Single(client.Handler.Requests), SeedExamples.DeletePath, SeedExamples.DeleteRequest);
    }

    [Fact]
    public async Task UpdateSendsTheSeedRequest()
    {
        using var client = TestClient.Create();
        client.Handler.RespondJson(207, SeedExamples.UpdateResponse);

        await client.Licenses.UpdateLicenseAssignmentsAsync(new AssignmentsActionsUpdateRequest
        {
            Update = [new() { Subject = "qlik\\malik", Type = AssignmentType.Professional, SourceType = AssignmentType.Analyzer }],
        });

        AssertPostedJson(Assert.Single(client.Handler.Requests), SeedExamples.UpdatePath, SeedExamples.UpdateRequest);
    }

    [Fact]
    public async Task GetStatusSendsTheSeedRequest()
    {
        using var client = TestClient.Create();
        client.Handler.RespondJson(200, SeedExamples.StatusResponse);

        await client.Licenses.GetLicenseStatusAsync();

        AssertBodilessGet(Assert.Single(client.Handler.Requests), SeedExamples.StatusPath);
    }

    [Fact]
    public async Task GetOverviewSendsTheSeedRequest()
    {
        using var client = TestClient.Create();
        client.Handler.RespondJson(200, SeedExamples.OverviewResponse);

        await client.Licenses.GetLicenseOverviewAsync();

        AssertBodilessGet(Assert.Single(client.Handler.Requests), SeedExamples.OverviewPath);
    }

    [Fact]
    public async Task TheSpecsAuthorizationHeaderParameterIsNotSentTwice()
    {
        using var client = TestClient.Create();
        client.Handler.RespondJson(200, SeedExamples.StatusResponse);

        await client.Licenses.GetLicenseStatusAsync();

        var request = Assert.Single(client.Handler.Requests);
        Assert.Equal("Bearer test-api-key-SECRET", Assert.Single(request.HeaderValues("authorization")));
    }

    [Fact]
    public async Task UpdateItemWithoutIdSendsNoIdKey()
    {
        using var client = TestClient.Create();
        client.Handler.RespondJson(207, SeedExamples.UpdateResponse);

        await client.Licenses.UpdateLicenseAssignmentsAsync(new AssignmentsActionsUpdateRequest
        {
            Update = [new() { Subject = "qlik\\malik", Type = AssignmentType.Professional }],
        });

        var body = Assert.Single(client.Handler.Requests).Body;
        JsonAssert.Equal("""{"update":[{"subject":"qlik\\malik","type":"professional"}]}""", body);
        using var document = JsonDocument.Parse(body!);
        var item = document.RootElement.GetProperty("update")[0];
        Assert.False(item.TryGetProperty("id", out _));
        Assert.False(item.TryGetProperty("sourceType", out _));
    }

    [Fact]
    public async Task UpdateItemByIdAloneSendsOnlyIdAndType()
    {
        using var client = TestClient.Create();
        client.Handler.RespondJson(207, SeedExamples.UpdateResponse);

        await client.Licenses.UpdateLicenseAssignmentsAsync(new AssignmentsActionsUpdateRequest
        {
            Update = [new() { Id = "6329d5f1a1b2c3d4e5f60718", Type = AssignmentType.Analyzer }],
        });

        JsonAssert.Equal(
            """{"update":[{"id":"6329d5f1a1b2c3d4e5f60718","type":"analyzer"}]}""",
            Assert.Single(client.Handler.Requests).Body);
    }

    [Fact]
    public async Task AddItemWithoutNameOrUserIdSendsNoSuchKeys()
    {
        using var client = TestClient.Create();
        client.Handler.RespondJson(207, SeedExamples.AddResponse);

        await client.Licenses.AddLicenseAssignmentsAsync(new AssignmentsActionsAddRequest
        {
            Add = [new() { Subject = "qlik\\kalle", Type = AssignmentType.Professional }],
        });

        using var document = JsonDocument.Parse(Assert.Single(client.Handler.Requests).Body!);
        var item = document.RootElement.GetProperty("add")[0];
        Assert.False(item.TryGetProperty("name", out _));
        Assert.False(item.TryGetProperty("userId", out _));
        Assert.Equal(2, CountProperties(item));
    }

    [Fact]
    public async Task AddItemWithNameAndUserIdSendsThem()
    {
        using var client = TestClient.Create();
        client.Handler.RespondJson(207, SeedExamples.AddResponse);

        await client.Licenses.AddLicenseAssignmentsAsync(new AssignmentsActionsAddRequest
        {
            Add = [new() { Subject = "qlik\\kalle", Type = AssignmentType.Professional, Name = "Kalle Anka", UserId = "u-123" }],
        });

        JsonAssert.Equal(
            """{"add":[{"subject":"qlik\\kalle","type":"professional","name":"Kalle Anka","userId":"u-123"}]}""",
            Assert.Single(client.Handler.Requests).Body);
    }

    [Fact]
    public async Task SubjectsWithQuotesAndNonAsciiTextArriveUnchanged()
    {
        const string subject = "qlik\\Åsa \"the boss\" Ölund / 名前";
        using var client = TestClient.Create();
        client.Handler.RespondJson(207, SeedExamples.DeleteResponse);

        await client.Licenses.DeleteLicenseAssignmentsAsync(new AssignmentsActionsDeleteRequest
        {
            Delete = [new() { Subject = subject, Type = AssignmentType.Analyzer }],
        });

        using var document = JsonDocument.Parse(Assert.Single(client.Handler.Requests).Body!);
        Assert.Equal(subject, document.RootElement.GetProperty("delete")[0].GetProperty("subject").GetString());
    }

    [Fact]
    public async Task AnUnlistedAssignmentTypeIsSentAsGiven()
    {
        using var client = TestClient.Create();
        client.Handler.RespondJson(207, SeedExamples.AddResponse);

        await client.Licenses.AddLicenseAssignmentsAsync(new AssignmentsActionsAddRequest
        {
            Add = [new() { Subject = "qlik\\kalle", Type = "consumer" }],
        });

        JsonAssert.Equal("""{"add":[{"subject":"qlik\\kalle","type":"consumer"}]}""", Assert.Single(client.Handler.Requests).Body);
    }

    [Theory]
    [InlineData("https://proxy.example/qlik/", "https://proxy.example/qlik/api/v1/licenses/status")]
    [InlineData("https://proxy.example/a/b/", "https://proxy.example/a/b/api/v1/licenses/status")]
    [InlineData("https://your-tenant.us.qlikcloud.com/", "https://your-tenant.us.qlikcloud.com/api/v1/licenses/status")]
    public async Task ABaseAddressPathPrefixIsKept(string baseAddress, string expectedUri)
    {
        using var client = TestClient.Create(new Uri(baseAddress));
        client.Handler.RespondJson(200, SeedExamples.StatusResponse);

        await client.Licenses.GetLicenseStatusAsync();

        Assert.Equal(new Uri(expectedUri), Assert.Single(client.Handler.Requests).Uri);
    }

    [Fact]
    public async Task APathPrefixIsKeptForPostsToo()
    {
        using var client = TestClient.Create(new Uri("https://proxy.example/qlik/"));
        client.Handler.RespondJson(207, SeedExamples.AddResponse);

        await client.Licenses.AddLicenseAssignmentsAsync(new AssignmentsActionsAddRequest
        {
            Add = [new() { Subject = "qlik\\kalle", Type = AssignmentType.Professional }],
        });

        Assert.Equal(new Uri("https://proxy.example/qlik/api/v1/licenses/assignments/actions/add"), Assert.Single(client.Handler.Requests).Uri);
    }

    private static void AssertPostedJson(RecordedRequest request, string path, string expectedBody)
    {
        Assert.Equal("POST", request.Method);
        Assert.Equal("https://your-tenant.us.qlikcloud.com" + path, request.Uri.AbsoluteUri);
        Assert.Equal("Bearer test-api-key-SECRET", Assert.Single(request.HeaderValues("Authorization")));
        var contentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(Assert.Single(request.HeaderValues("Content-Type")));
        Assert.Equal("application/json", contentType.MediaType);
        Assert.Contains("application/json", request.HeaderValues("Accept"));
        JsonAssert.Equal(expectedBody, request.Body);
    }

    private static void AssertBodilessGet(RecordedRequest request, string path)
    {
        Assert.Equal("GET", request.Method);
        Assert.Equal("https://your-tenant.us.qlikcloud.com" + path, request.Uri.AbsoluteUri);
        Assert.Equal("Bearer test-api-key-SECRET", Assert.Single(request.HeaderValues("Authorization")));
        Assert.Contains("application/json", request.HeaderValues("Accept"));
        Assert.Null(request.Body);
        Assert.Empty(request.HeaderValues("Content-Type"));
    }

    private static int CountProperties(JsonElement element)
    {
        var count = 0;
        foreach (var _ in element.EnumerateObject())
        {
            count++;
        }
        return count;
    }
}
