using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using QlikGen.Licenses;
using QlikGen.Licenses.Serialization;
using QlikGen.Serialization;
using Xunit;

namespace QlikGen.Client.Tests;

/// <summary>Qlik's example responses, and variations of them, read into the generated types.</summary>
public sealed class WireResponseTests
{
    [Fact]
    public async Task AddResponseExampleIsRead()
    {
        using var client = TestClient.Create();
        client.Handler.RespondJson(207, SeedExamples.AddResponse);

        var added = await client.Licenses.AddLicenseAssignmentsAsync(new AssignmentsActionsAddRequest
        {
            Add = [new() { Subject = "qlik\\kalle", Type = AssignmentType.Professional }],
        });

        var item = Assert.Single(added.Data);
        Assert.Null(item.Id);
        Assert.Equal("string", item.Subject);
        Assert.Equal("string", item.Type);
        Assert.Equal(0, item.Status);
        Assert.Equal("string", item.Code);
        Assert.Equal("string", item.Title);
    }

    [Fact]
    public async Task DeleteResponseExampleIsRead()
    {
        using var client = TestClient.Create();
        client.Handler.RespondJson(207, SeedExamples.DeleteResponse);

        var deleted = await client.Licenses.DeleteLicenseAssignmentsAsync(new AssignmentsActionsDeleteRequest
        {
            Delete = [new() { Subject = "qlik\\malik", Type = AssignmentType.Analyzer }],
        });

        var item = Assert.Single(deleted.Data);
        Assert.Null(item.Id);
        Assert.Equal("string", item.Subject);
        Assert.Equal("string", item.Type);
        Assert.Equal(0, item.Status);
        Assert.Equal("string", item.Code);
        Assert.Equal("string", item.Title);
    }

    [Fact]
    public async Task UpdateResponseExampleIsRead()
    {
        using var client = TestClient.Create();
        client.Handler.RespondJson(207, SeedExamples.UpdateResponse);

        var updated = await client.Licenses.UpdateLicenseAssignmentsAsync(new AssignmentsActionsUpdateRequest
        {
            Update = [new() { Subject = "qlik\\malik", Type = AssignmentType.Professional, SourceType = AssignmentType.Analyzer }],
        });

        var item = Assert.Single(updated.Data);
        Assert.Null(item.Id);
        Assert.Equal("string", item.Subject);
        Assert.Equal("string", item.Type);
        Assert.Equal("string", item.SourceType);
        Assert.Equal(0, item.Status);
        Assert.Equal("string", item.Code);
        Assert.Equal("string", item.Title);
    }

    [Fact]
    public async Task StatusResponseExampleIsRead()
    {
        using var client = TestClient.Create();
        client.Handler.RespondJson(200, SeedExamples.StatusResponse);

        var status = await client.Licenses.GetLicenseStatusAsync();

        Assert.Equal(LicenseStatusStatus.Ok, status.Status);
        Assert.True(status.Status.IsKnown);
        Assert.Equal("string", status.Valid);
        Assert.Equal(LicenseStatusType.Signed, status.Type);
        Assert.Equal(LicenseStatusOrigin.Internal, status.Origin);
        Assert.True(status.Trial);
        Assert.Equal("string", status.Product);
    }

    [Fact]
    public async Task OverviewResponseExampleIsRead()
    {
        using var client = TestClient.Create();
        client.Handler.RespondJson(200, SeedExamples.OverviewResponse);

        var overview = await client.Licenses.GetLicenseOverviewAsync();

        Assert.Equal("string", overview.LicenseNumber);
        Assert.Equal("string", overview.LicenseKey);
        Assert.Equal("string", overview.Valid);
        Assert.Equal(LicenseOverviewStatus.Ok, overview.Status);
        Assert.Equal(LicenseOverviewOrigin.Internal, overview.Origin);
        Assert.True(overview.Trial);
        Assert.Equal("string", overview.Product);
        var allotment = Assert.Single(overview.Allotments);
        Assert.Equal("professional", allotment.Name);
        Assert.Equal("string", allotment.UsageClass);
        Assert.Equal(0, allotment.UnitsUsed);
        Assert.Equal(0, allotment.Units);
        Assert.Equal(0, allotment.Overage);
        var parameter = Assert.Single(overview.Parameters);
        Assert.Equal("string", parameter.Name);
        Assert.Equal("string", parameter.Valid);
        Assert.Equal(JsonValueKind.Object, parameter.Values.ValueKind);
        Assert.Empty(parameter.Values.EnumerateObject());
        Assert.Equal("string", parameter.Access.Allotment);
    }

    [Fact]
    public async Task RealisticOverviewValuesAreRead()
    {
        const string json = """
            {"licenseNumber":"9999000000001234","licenseKey":"eyJhbGciOi","valid":"2024-01-01/2025-01-01","status":"Expired",
             "origin":"External","trial":false,
             "allotments":[{"name":"professional","usageClass":"assigned","unitsUsed":7,"units":10,"overage":-1},
                           {"name":"analyzer","usageClass":"assigned","unitsUsed":120,"units":100,"overage":20}],
             "product":"Qlik Sense Enterprise SaaS",
             "parameters":[{"name":"qlikDataAnalytics","valid":"","values":{"maxApps":25,"tiers":["a","b"]},"access":{"allotment":"professional"}}]}
            """;
        using var client = TestClient.Create();
        client.Handler.RespondJson(200, json);

        var overview = await client.Licenses.GetLicenseOverviewAsync();

        Assert.Equal(LicenseOverviewStatus.Expired, overview.Status);
        Assert.Equal(LicenseOverviewOrigin.External, overview.Origin);
        Assert.False(overview.Trial);
        Assert.Collection(
            overview.Allotments,
            a => Assert.Equal(("professional", 7, 10, -1), (a.Name, a.UnitsUsed, a.Units, a.Overage)),
            a => Assert.Equal(("analyzer", 120, 100, 20), (a.Name, a.UnitsUsed, a.Units, a.Overage)));
        var values = Assert.Single(overview.Parameters).Values;
        Assert.Equal(25, values.GetProperty("maxApps").GetInt32());
        Assert.Equal("b", values.GetProperty("tiers")[1].GetString());
    }

    [Fact]
    public async Task AnUnknownStatusValueIsKeptAsItCame()
    {
        using var client = TestClient.Create();
        client.Handler.RespondJson(200, SeedExamples.StatusResponse.Replace("\"Ok\"", "\"Suspended\"", System.StringComparison.Ordinal));

        var status = await client.Licenses.GetLicenseStatusAsync();

        Assert.Equal("Suspended", status.Status.ToString());
        Assert.Equal("Suspended", status.Status.Value);
        Assert.False(status.Status.IsKnown);
        Assert.Equal(new LicenseStatusStatus("Suspended"), status.Status);
        Assert.True(status.Status == new LicenseStatusStatus("Suspended"));
        Assert.NotEqual(LicenseStatusStatus.Ok, status.Status);
        Assert.True(status.Status != LicenseStatusStatus.Ok);
        Assert.DoesNotContain(status.Status, LicenseStatusStatus.KnownValues);

        var written = QlikJson.Serialize(status, LicenseStatusJsonConverter.Instance);
        JsonAssert.Equal(
            """{"status":"Suspended","valid":"string","type":"Signed","origin":"Internal","trial":true,"product":"string"}""",
            written);
    }

    [Fact]
    public void EnumValuesCompareCaseSensitively()
    {
        LicenseStatusStatus lower = "ok";

        Assert.NotEqual(LicenseStatusStatus.Ok, lower);
        Assert.False(lower.IsKnown);
        Assert.True(LicenseStatusStatus.Missing.IsKnown);
        Assert.Equal(["Ok", "Blacklisted", "Expired", "Missing"], System.Linq.Enumerable.Select(LicenseStatusStatus.KnownValues, v => v.Value));
    }

    [Fact]
    public async Task UnknownExtraPropertiesAreIgnored()
    {
        const string json = """
            {"status":"Ok","futureFlag":true,"valid":"string","nested":{"a":[1,{"b":null}],"c":"}"},
             "type":"Plain","origin":"External","list":[[],{}],"trial":false,"product":"string","zzz":null}
            """;
        using var client = TestClient.Create();
        client.Handler.RespondJson(200, json);

        var status = await client.Licenses.GetLicenseStatusAsync();

        Assert.Equal(
            new LicenseStatus
            {
                Status = LicenseStatusStatus.Ok,
                Valid = "string",
                Type = LicenseStatusType.Plain,
                Origin = LicenseStatusOrigin.External,
                Trial = false,
                Product = "string",
            },
            status);
    }

    [Fact]
    public async Task UnknownExtraPropertiesInNestedItemsAreIgnored()
    {
        const string json = """
            {"meta":{"x":1},"data":[{"id":"a1","subject":"qlik\\kalle","type":"professional","status":201,"extra":{"deep":[1,2,3]}}],"links":{}}
            """;
        using var client = TestClient.Create();
        client.Handler.RespondJson(207, json);

        var added = await client.Licenses.AddLicenseAssignmentsAsync(new AssignmentsActionsAddRequest
        {
            Add = [new() { Subject = "qlik\\kalle", Type = AssignmentType.Professional }],
        });

        var item = Assert.Single(added.Data);
        Assert.Equal(("a1", "qlik\\kalle", "professional", 201), (item.Id, item.Subject, item.Type, item.Status));
        Assert.Null(item.Code);
        Assert.Null(item.Title);
    }

    [Theory]
    [InlineData("product")]
    [InlineData("status")]
    [InlineData("trial")]
    public async Task AMissingRequiredPropertyIsReportedByName(string property)
    {
        using var document = JsonDocument.Parse(SeedExamples.StatusResponse);
        var json = Without(document.RootElement, property);
        using var client = TestClient.Create();
        client.Handler.RespondJson(200, json);

        var ex = await Assert.ThrowsAsync<QlikApiException>(() => client.Licenses.GetLicenseStatusAsync());

        Assert.Equal(HttpStatusCode.OK, ex.StatusCode);
        Assert.Equal("GET", ex.Method);
        Assert.Equal(SeedExamples.StatusPath, ex.Path);
        Assert.Empty(ex.Errors);
        var inner = Assert.IsType<JsonException>(ex.InnerException);
        Assert.Contains($"'{property}'", inner.Message, System.StringComparison.Ordinal);
        Assert.Contains($"'{property}'", ex.Message, System.StringComparison.Ordinal);
        Assert.Equal(json, ex.ResponseBody);
    }

    [Fact]
    public async Task AMissingRequiredPropertyOfANestedItemIsReportedByName()
    {
        const string json = """{"data":[{"subject":"qlik\\kalle","type":"professional"}]}""";
        using var client = TestClient.Create();
        client.Handler.RespondJson(207, json);

        var ex = await Assert.ThrowsAsync<QlikApiException>(() => client.Licenses.AddLicenseAssignmentsAsync(new AssignmentsActionsAddRequest
        {
            Add = [new() { Subject = "qlik\\kalle", Type = AssignmentType.Professional }],
        }));

        Assert.Equal(HttpStatusCode.MultiStatus, ex.StatusCode);
        var inner = Assert.IsType<JsonException>(ex.InnerException);
        Assert.Contains("'status'", inner.Message, System.StringComparison.Ordinal);
        Assert.Contains("AssignmentsActionsAddResponseData", inner.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARequiredPropertyThatIsNullIsReportedByName()
    {
        using var client = TestClient.Create();
        client.Handler.RespondJson(200, SeedExamples.StatusResponse.Replace("\"trial\": true", "\"trial\": null", System.StringComparison.Ordinal));

        var ex = await Assert.ThrowsAsync<QlikApiException>(() => client.Licenses.GetLicenseStatusAsync());

        var inner = Assert.IsType<JsonException>(ex.InnerException);
        Assert.Contains("'trial'", inner.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task AValueOfTheWrongTypeIsReported()
    {
        using var client = TestClient.Create();
        client.Handler.RespondJson(200, SeedExamples.OverviewResponse.Replace("\"unitsUsed\": 0", "\"unitsUsed\": \"zero\"", System.StringComparison.Ordinal));

        var ex = await Assert.ThrowsAsync<QlikApiException>(() => client.Licenses.GetLicenseOverviewAsync());

        Assert.Equal(HttpStatusCode.OK, ex.StatusCode);
        var inner = Assert.IsType<JsonException>(ex.InnerException);
        Assert.Contains("integer", inner.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASuccessBodyThatIsNotJsonIsReported()
    {
        using var client = TestClient.Create();
        client.Handler.Respond(200, "<html>maintenance</html>", "text/html");

        var ex = await Assert.ThrowsAsync<QlikApiException>(() => client.Licenses.GetLicenseStatusAsync());

        Assert.Equal(HttpStatusCode.OK, ex.StatusCode);
        Assert.IsAssignableFrom<JsonException>(ex.InnerException);
        Assert.Equal("<html>maintenance</html>", ex.ResponseBody);
    }

    private static string Without(JsonElement source, string property)
    {
        using var buffer = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var member in source.EnumerateObject())
            {
                if (member.Name != property)
                {
                    member.WriteTo(writer);
                }
            }
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
