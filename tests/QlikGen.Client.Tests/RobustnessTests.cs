using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using QlikGen.Licenses;
using QlikGen.Licenses.Serialization;
using QlikGen.Serialization;
using Xunit;

namespace QlikGen.Client.Tests;

/// <summary>Robustness at the edges: a null where a free-form object is required, and bodies that start with a UTF-8 BOM.</summary>
public sealed class RobustnessTests
{
    [Fact]
    public void ARequiredFreeFormObjectThatIsNullIsRejectedLikeOtherRequiredProperties()
    {
        var json = SeedExamples.OverviewResponse.Replace("\"values\": {}", "\"values\": null", System.StringComparison.Ordinal);

        var ex = Assert.Throws<JsonException>(() => QlikJson.Deserialize(json, LicenseOverviewJsonConverter.Instance));

        Assert.Contains("'values'", ex.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASuccessBodyWithAUtf8BomIsRead()
    {
        using var client = TestClient.Create();
        client.Handler.RespondWith(_ => Task.FromResult(WithBom(HttpStatusCode.OK, SeedExamples.StatusResponse)));

        var status = await client.Licenses.GetLicenseStatusAsync();

        Assert.Equal(LicenseStatusStatus.Ok, status.Status);
    }

    [Fact]
    public async Task AnErrorBodyWithAUtf8BomKeepsItsTypedErrors()
    {
        using var client = TestClient.Create();
        client.Handler.RespondWith(_ => Task.FromResult(WithBom(HttpStatusCode.BadRequest, SeedExamples.ErrorResponse)));

        var ex = await Assert.ThrowsAsync<QlikApiException>(() => client.Licenses.GetLicenseStatusAsync());

        Assert.Equal("LICENSES-001", Assert.Single(ex.Errors).Code);
    }

    private static HttpResponseMessage WithBom(HttpStatusCode status, string json)
    {
        var response = new HttpResponseMessage(status)
        {
            Content = new ByteArrayContent([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(json)]),
        };
        response.Content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        return response;
    }
}
