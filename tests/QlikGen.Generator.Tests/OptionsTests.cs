using System.Linq;
using Microsoft.CodeAnalysis;
using QlikGen.Generator.Tests.Infrastructure;
using Xunit;

namespace QlikGen.Generator.Tests;

/// <summary>How a spec is found and named: the QlikGenSpec marker, Namespace and ClientName metadata, and their defaults.</summary>
public sealed class OptionsTests
{
    private const string Tiny = """
        { "openapi": "3.0.3", "info": { "title": "Users", "version": "1" },
          "paths": { "/v1/users/me": { "get": { "operationId": "getMyUser", "responses": { "200": { "description": "Me.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/user" } } } } } } } },
          "components": { "schemas": { "user": { "type": "object", "properties": { "name": { "type": "string" } } } } } }
        """;

    [Fact]
    public void DefaultsNameTheNamespaceAndClientAfterTheFile()
    {
        var run = GeneratorHarness.Run(new SpecInput("/specs/users.json", Tiny));

        var hints = run.Generator.GeneratedSources.Select(s => s.HintName).ToList();
        Assert.Contains("QlikGen.Users.UsersClient.g.cs", hints);
        Assert.Contains("QlikGen.Users.IUsersClient.g.cs", hints);
        Assert.Contains("QlikGen.Users.User.g.cs", hints);
        Assert.NotNull(run.Output.GetTypeByMetadataName("QlikGen.Users.UsersClient"));
    }

    [Fact]
    public void NamespaceAndClientNameMetadataAreUsed()
    {
        var run = GeneratorHarness.Run(new SpecInput("/specs/users.json", Tiny, "Acme.Qlik.Users", "DirectoryClient"));

        Assert.NotNull(run.Output.GetTypeByMetadataName("Acme.Qlik.Users.DirectoryClient"));
        Assert.NotNull(run.Output.GetTypeByMetadataName("Acme.Qlik.Users.IDirectoryClient"));
        Assert.NotNull(run.Output.GetTypeByMetadataName("Acme.Qlik.Users.Serialization.DirectoryJsonTypeInfoResolver"));
        Assert.Empty(run.CompileDiagnostics());
    }

    [Fact]
    public void InvalidNamespaceFallsBackToTheDefaultWithAnError()
    {
        var run = GeneratorHarness.Run(new SpecInput("/specs/users.json", Tiny, "Acme..Users", "2Client"));

        var errors = run.Generator.Diagnostics.Where(d => d.Id == "QLIKGEN006").Select(d => d.GetMessage()).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, m => m.Contains("'Acme..Users'") && m.Contains("'QlikGen.Users'"));
        Assert.Contains(errors, m => m.Contains("'2Client'") && m.Contains("'UsersClient'"));
        Assert.NotNull(run.Output.GetTypeByMetadataName("QlikGen.Users.UsersClient"));
    }

    [Fact]
    public void AdditionalFilesNotMarkedAsSpecsAreIgnored()
    {
        var run = GeneratorHarness.Run(new SpecInput("/specs/users.json", Tiny, MarkedAsSpec: false));

        Assert.Empty(run.Generator.GeneratedSources);
        Assert.Empty(run.Generator.Diagnostics);
    }

    [Fact]
    public void SameSpecTwiceUnderTwoNamespacesDoesNotCollide()
    {
        var run = GeneratorHarness.Run(
            new SpecInput("/a/users.json", Tiny, "Tenant.A"),
            new SpecInput("/b/users.json", Tiny, "Tenant.B"));

        Assert.Null(run.Generator.Exception);
        Assert.NotNull(run.Output.GetTypeByMetadataName("Tenant.A.User"));
        Assert.NotNull(run.Output.GetTypeByMetadataName("Tenant.B.User"));
        Assert.Empty(run.CompileDiagnostics());
    }

    [Fact]
    public void TwoSpecsInOneNamespaceAreAnErrorNotACrash()
    {
        var run = GeneratorHarness.Run(
            new SpecInput("/a/users.json", Tiny, "Acme.Qlik"),
            new SpecInput("/b/groups.json", Tiny, "Acme.Qlik"));

        Assert.Null(run.Generator.Exception);
        var diagnostic = Assert.Single(run.Generator.Diagnostics, d => d.Id == "QLIKGEN008");
        Assert.Equal("/b/groups.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("'users.json' and 'groups.json' both generate into namespace 'Acme.Qlik'", diagnostic.GetMessage());
        Assert.NotNull(run.Output.GetTypeByMetadataName("Acme.Qlik.User"));
    }

    [Fact]
    public void YamlSpecsAreReadToo()
    {
        const string Yaml = """
            openapi: 3.0.3
            info: { title: Users, version: '1' }
            paths:
              /v1/users/me:
                get:
                  operationId: getMyUser
                  responses:
                    '200': { description: Me. }
            """;
        var run = GeneratorHarness.Run(new SpecInput("/specs/users.yaml", Yaml));

        Assert.Empty(run.Generator.Diagnostics);
        var client = run.Output.GetTypeByMetadataName("QlikGen.Users.IUsersClient");
        Assert.NotNull(client);
        Assert.Contains(client!.GetMembers(), m => m.Name == "GetMyUserAsync");
    }
}
