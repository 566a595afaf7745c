using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using QlikGen.Licenses;
using Xunit;

namespace QlikGen.Client.Tests.Tenant;

/// <summary>What the tenant refuses over real HTTP: no or a wrong token (401), a bad or missing body (400), nothing applied.</summary>
public sealed class TenantErrorTests
{
    public static TheoryData<string> Operations => new() { "add", "delete", "update", "status", "overview" };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task WrongTokenIsA401WithAnErrorResponse(string operation)
    {
        await using var fixture = await TenantFixture.StartAsync();
        using var http = new HttpClient { BaseAddress = fixture.Tenant.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new("Bearer", "wrong-key-SECRET");
        var licenses = new LicensesClient(http);

        var ex = await Assert.ThrowsAsync<QlikApiException>(() => Call(licenses, operation));

        Assert.Equal(HttpStatusCode.Unauthorized, ex.StatusCode);
        Assert.Equal("LICENSES-401", Assert.Single(ex.Errors).Code);
        Assert.DoesNotContain("wrong-key-SECRET", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingTokenIsA401()
    {
        await using var fixture = await TenantFixture.StartAsync();
        using var http = new HttpClient { BaseAddress = fixture.Tenant.BaseAddress };

        var ex = await Assert.ThrowsAsync<QlikApiException>(() => new LicensesClient(http).GetLicenseOverviewAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, ex.StatusCode);
        Assert.Equal("/api/v1/licenses/overview", ex.Path);
    }

    [Theory]
    [InlineData("add", "{\"add\": [{\"subject\": \"qlik\\\\kalle\", \"type\": \"professional\"}")]
    [InlineData("add", "")]
    [InlineData("add", "{\"delete\": []}")]
    [InlineData("delete", "[1, 2]")]
    [InlineData("update", "{\"update\": {}}")]
    public async Task BadOrMissingBodyIsA400AndChangesNothing(string action, string body)
    {
        await using var fixture = await TenantFixture.StartAsync();

        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await fixture.Http.PostAsync($"api/v1/licenses/assignments/actions/{action}", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = QlikGen.Serialization.QlikJson.Deserialize(await response.Content.ReadAsStringAsync(), QlikGen.Licenses.Serialization.ErrorResponseJsonConverter.Instance);
        Assert.Equal("LICENSES-001", Assert.Single(error.Errors).Code);
        Assert.Equal((0L, 0L), await fixture.UsedAsync());
    }

    private static Task Call(ILicensesClient licenses, string operation) => operation switch
    {
        "add" => licenses.AddLicenseAssignmentsAsync(new AssignmentsActionsAddRequest { Add = [new() { Subject = "s", Type = AssignmentType.Analyzer }] }),
        "delete" => licenses.DeleteLicenseAssignmentsAsync(new AssignmentsActionsDeleteRequest { Delete = [new() { Subject = "s", Type = AssignmentType.Analyzer }] }),
        "update" => licenses.UpdateLicenseAssignmentsAsync(new AssignmentsActionsUpdateRequest { Update = [new() { Subject = "s", Type = AssignmentType.Analyzer }] }),
        "status" => licenses.GetLicenseStatusAsync(),
        _ => licenses.GetLicenseOverviewAsync(),
    };
}
