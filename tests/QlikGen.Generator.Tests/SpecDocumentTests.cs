using System.IO;
using System.Linq;
using Microsoft.OpenApi.Any;
using Microsoft.OpenApi.Models;
using Microsoft.OpenApi.Readers;
using QlikGen.Generator.Tests.Infrastructure;
using Xunit;

namespace QlikGen.Generator.Tests;

/// <summary>The bundled spec/licenses.json reads cleanly and says what the seed documents.</summary>
public sealed class SpecDocumentTests
{
    private static readonly OpenApiDocument Document;
    private static readonly OpenApiDiagnostic Diagnostic;

    static SpecDocumentTests()
    {
        using var stream = File.OpenRead(RepoPaths.LicensesSpec);
        Document = new OpenApiStreamReader().Read(stream, out Diagnostic);
    }

    [Fact]
    public void ReadsWithoutErrorsOrWarnings()
    {
        Assert.Empty(Diagnostic.Errors.Select(e => e.ToString()));
        Assert.Empty(Diagnostic.Warnings.Select(e => e.ToString()));
        Assert.Equal(Microsoft.OpenApi.OpenApiSpecVersion.OpenApi3_0, Diagnostic.SpecificationVersion);
    }

    [Fact]
    public void ServerIsTheTenantApiWithItsVariables()
    {
        var server = Assert.Single(Document.Servers);
        Assert.Equal("https://{tenant}.{region}.qlikcloud.com/api/v1", server.Url);
        Assert.Equal(new[] { "region", "tenant" }, server.Variables.Keys.OrderBy(k => k));
    }

    [Theory]
    [InlineData("/licenses/assignments/actions/add", OperationType.Post, "addLicenseAssignments", "experimental", "207")]
    [InlineData("/licenses/assignments/actions/delete", OperationType.Post, "deleteLicenseAssignments", "experimental", "207")]
    [InlineData("/licenses/assignments/actions/update", OperationType.Post, "updateLicenseAssignments", "experimental", "207")]
    [InlineData("/licenses/status", OperationType.Get, "getLicenseStatus", "stable", "200")]
    [InlineData("/licenses/overview", OperationType.Get, "getLicenseOverview", "stable", "200")]
    public void DocumentsEachOperationWithItsStability(string path, OperationType method, string operationId, string stability, string success)
    {
        var operation = Document.Paths[path].Operations[method];

        Assert.Equal(operationId, operation.OperationId);
        Assert.Equal(stability, Assert.IsType<OpenApiString>(operation.Extensions["x-qlik-stability"]).Value);
        Assert.Contains(success, operation.Responses.Keys);
        Assert.Contains("400", operation.Responses.Keys);
        Assert.Contains("401", operation.Responses.Keys);
        Assert.All(operation.Responses.Where(r => r.Key != success), r => Assert.Equal("errorResponse", r.Value.Content["application/json"].Schema.Reference.Id));
        Assert.Equal(method == OperationType.Post, operation.RequestBody?.Required == true);
        Assert.Contains(operation.Parameters, p => p.In == ParameterLocation.Header && p.Name == "authorization" && p.Schema.Format == "bearer");
    }

    [Fact]
    public void OnlyTheFiveSeedOperationsExist()
    {
        Assert.Equal(5, Document.Paths.Sum(p => p.Value.Operations.Count));
        Assert.Contains("404", Document.Paths["/licenses/overview"].Operations[OperationType.Get].Responses.Keys);
    }

    [Fact]
    public void UsesBearerAuthentication()
    {
        var scheme = Document.Components.SecuritySchemes["bearerAuth"];
        Assert.Equal(SecuritySchemeType.Http, scheme.Type);
        Assert.Equal("bearer", scheme.Scheme);
        Assert.Single(Document.SecurityRequirements);
    }

    [Fact]
    public void HasEverySchemaOfTheSeed()
    {
        string[] expected =
        {
            "allotmentBody", "allotmentDefinition", "allotmentReference", "assignment", "assignmentAddRequestItem", "assignmentAddResponseItem",
            "assignmentDeleteRequestItem", "assignmentDeleteResponseItem", "assignmentIdBody", "assignmentType", "assignmentUpdateRequestItem",
            "assignmentUpdateResponseItem", "assignmentsActionsAddRequest", "assignmentsActionsAddResponse", "assignmentsActionsDeleteRequest",
            "assignmentsActionsDeleteResponse", "assignmentsActionsUpdateRequest", "assignmentsActionsUpdateResponse", "assignmentsList",
            "assignmentsResponse", "auditLogs", "autoAssignBody", "autoAssignSelectBody", "componentBody", "errorResponse", "featureDefinition",
            "href", "idBody", "licenseDefinition", "licenseKeyBody", "licenseNumber", "licenseOverview", "licenseStatus", "namedAllotmentBody",
            "parameterSet", "parameterSetsBody", "provisionBody", "provisionsBody", "renewBody", "settingsBody", "signedLicenseDefinition",
            "signedLicenseKey", "subjectRequestsBody", "tenantsAvailability", "unlimitedAllotmentBody", "unlimitedProvisionBody", "validationResult",
        };
        // 46 "Properties" blocks in the seed, plus the named assignment type enum.
        Assert.Equal(47, expected.Length);
        Assert.Equal(expected.OrderBy(n => n, System.StringComparer.Ordinal), Document.Components.Schemas.Keys.OrderBy(n => n, System.StringComparer.Ordinal));
    }

    [Fact]
    public void AssignmentTypeIsOneNamedEnumReferencedByEveryRequestItem()
    {
        var assignmentType = Document.Components.Schemas["assignmentType"];
        Assert.Equal(new[] { "analyzer", "professional" }, assignmentType.Enum.Cast<OpenApiString>().Select(v => v.Value));

        OpenApiSchema Item(string schema, string property) => Document.Components.Schemas[schema].Properties[property].Items;
        Assert.Equal("assignmentType", Item("assignmentsActionsAddRequest", "add").Properties["type"].Reference.Id);
        Assert.Equal("assignmentType", Item("assignmentsActionsDeleteRequest", "delete").Properties["type"].Reference.Id);
        Assert.Equal("assignmentType", Item("assignmentsActionsUpdateRequest", "update").Properties["type"].Reference.Id);
        Assert.Equal("assignmentType", Item("assignmentsActionsUpdateRequest", "update").Properties["sourceType"].Reference.Id);
    }

    [Fact]
    public void KeepsTheSeedsDeprecationsEnumsAndFormats()
    {
        var error = Document.Components.Schemas["errorResponse"];
        Assert.True(error.Properties["error"].Deprecated);
        Assert.True(error.Properties["message"].Deprecated);
        Assert.False(error.Properties["errors"].Deprecated);

        var status = Document.Components.Schemas["licenseStatus"];
        Assert.Equal(new[] { "Ok", "Blacklisted", "Expired", "Missing" }, status.Properties["status"].Enum.Cast<OpenApiString>().Select(v => v.Value));
        Assert.Equal(new[] { "Signed", "Plain" }, status.Properties["type"].Enum.Cast<OpenApiString>().Select(v => v.Value));
        Assert.Equal("duration", Document.Components.Schemas["allotmentBody"].Properties["duration"].Format);
        Assert.DoesNotContain("duration", Document.Components.Schemas["allotmentBody"].Required);
    }
}
