using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using QlikGen.Licenses;
using QlikGen.Licenses.Serialization;
using Xunit;

namespace QlikGen.Client.Tests;

/// <summary><see cref="LicensesJsonTypeInfoResolver"/> lets <see cref="JsonSerializer"/> use the generated converters.</summary>
public sealed class ResolverTests
{
    private static readonly JsonSerializerOptions Options = new() { TypeInfoResolver = LicensesJsonTypeInfoResolver.Default };

    [Fact]
    public void LicenseStatusRoundTrips()
    {
        var typeInfo = (JsonTypeInfo<LicenseStatus>)Options.GetTypeInfo(typeof(LicenseStatus));
        var status = new LicenseStatus
        {
            Status = LicenseStatusStatus.Ok,
            Valid = "2024-01-01T00:00:00Z/2025-01-01T00:00:00Z",
            Type = LicenseStatusType.Signed,
            Origin = LicenseStatusOrigin.Internal,
            Trial = true,
            Product = "Qlik Cloud",
        };

        var json = JsonSerializer.Serialize(status, typeInfo);

        JsonAssert.Equal(
            """{"status":"Ok","valid":"2024-01-01T00:00:00Z/2025-01-01T00:00:00Z","type":"Signed","origin":"Internal","trial":true,"product":"Qlik Cloud"}""",
            json);
        Assert.Equal(status, JsonSerializer.Deserialize(json, typeInfo));
    }

    [Fact]
    public void TheSeedStatusExampleRoundTripsThroughJsonSerializer()
    {
        var typeInfo = (JsonTypeInfo<LicenseStatus>)Options.GetTypeInfo(typeof(LicenseStatus));

        var status = JsonSerializer.Deserialize(SeedExamples.StatusResponse, typeInfo);

        Assert.NotNull(status);
        Assert.Equal(LicenseStatusType.Signed, status.Type);
        JsonAssert.Equal(SeedExamples.StatusResponse, JsonSerializer.Serialize(status, typeInfo));
    }

    [Fact]
    public void TheSeedOverviewExampleRoundTripsThroughJsonSerializer()
    {
        var typeInfo = (JsonTypeInfo<LicenseOverview>)Options.GetTypeInfo(typeof(LicenseOverview));

        var overview = JsonSerializer.Deserialize(SeedExamples.OverviewResponse, typeInfo);

        Assert.NotNull(overview);
        Assert.Equal("professional", overview.Allotments[0].Name);
        JsonAssert.Equal(SeedExamples.OverviewResponse, JsonSerializer.Serialize(overview, typeInfo));
    }

    [Fact]
    public void RequestTypesSerializeAsTheClientSendsThem()
    {
        var typeInfo = (JsonTypeInfo<AssignmentsActionsAddRequest>)Options.GetTypeInfo(typeof(AssignmentsActionsAddRequest));
        var request = new AssignmentsActionsAddRequest
        {
            Add =
            [
                new() { Subject = "qlik\\kalle", Type = AssignmentType.Professional },
                new() { Subject = "qlik\\nalle", Type = AssignmentType.Analyzer },
            ],
        };

        JsonAssert.Equal(SeedExamples.AddRequest, JsonSerializer.Serialize(request, typeInfo));
    }

    [Fact]
    public void ExtensibleEnumsAreJsonStrings()
    {
        var typeInfo = (JsonTypeInfo<AssignmentType>)Options.GetTypeInfo(typeof(AssignmentType));

        Assert.Equal("\"professional\"", JsonSerializer.Serialize(AssignmentType.Professional, typeInfo));
        Assert.Equal(new AssignmentType("consumer"), JsonSerializer.Deserialize("\"consumer\"", typeInfo));
    }

    [Fact]
    public void MissingRequiredPropertiesFailThroughJsonSerializerToo()
    {
        var typeInfo = (JsonTypeInfo<LicenseStatus>)Options.GetTypeInfo(typeof(LicenseStatus));

        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"status":"Ok"}""", typeInfo));

        Assert.Contains("'valid'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(typeof(string))]
    [InlineData(typeof(Uri))]
    [InlineData(typeof(LicensesClient))]
    [InlineData(typeof(ILicensesClient))]
    [InlineData(typeof(QlikError))]
    public void UnknownTypesAreNotResolved(Type type)
    {
        Assert.Null(LicensesJsonTypeInfoResolver.Default.GetTypeInfo(type, new JsonSerializerOptions()));
    }
}
