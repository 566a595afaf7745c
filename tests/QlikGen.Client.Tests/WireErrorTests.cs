using System;
using System.Collections.Generic;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using QlikGen.Licenses;
using Xunit;

namespace QlikGen.Client.Tests;

/// <summary>Documented and undocumented failures become <see cref="QlikApiException"/> that never carries the API key.</summary>
public sealed class WireErrorTests
{
    /// <summary>Every error status the spec documents, per operation.</summary>
    public static TheoryData<string, int> DocumentedErrors => new()
    {
        { Operations.Add, 400 }, { Operations.Add, 401 },
        { Operations.Delete, 400 }, { Operations.Delete, 401 },
        { Operations.Update, 400 }, { Operations.Update, 401 },
        { Operations.Status, 400 }, { Operations.Status, 401 },
        { Operations.Overview, 400 }, { Operations.Overview, 401 }, { Operations.Overview, 404 },
    };

    /// <summary>Success statuses an operation does not document (it documents 207 or 200).</summary>
    public static TheoryData<string, int> UndocumentedSuccesses => new()
    {
        { Operations.Add, 200 }, { Operations.Add, 201 },
        { Operations.Delete, 200 }, { Operations.Delete, 204 },
        { Operations.Update, 200 },
        { Operations.Status, 201 }, { Operations.Status, 207 },
        { Operations.Overview, 202 },
    };

    public static TheoryData<string> AllOperations => new(Operations.All);

    public static TheoryData<string> PostOperations => new(Operations.Add, Operations.Delete, Operations.Update);

    [Theory]
    [MemberData(nameof(DocumentedErrors))]
    public async Task DocumentedErrorStatusBecomesQlikApiException(string operation, int status)
    {
        var code = $"LICENSES-{status:000}";
        var body = $$"""{"errors":[{"code":"{{code}}","title":"Title {{status}}","detail":"Detail {{status}}"}],"error":"util.Error","message":"m"}""";
        using var client = TestClient.Create();
        client.Handler.RespondJson(status, body);

        var ex = await Assert.ThrowsAsync<QlikApiException>(() => Operations.InvokeAsync(client.Licenses, operation));

        Assert.Equal((HttpStatusCode)status, ex.StatusCode);
        Assert.Equal(Operations.MethodOf(operation), ex.Method);
        Assert.Equal(Operations.PathOf(operation), ex.Path);
        Assert.Equal([new QlikError(code, $"Title {status}", $"Detail {status}")], ex.Errors);
        Assert.Null(ex.ResponseBody);
        Assert.Null(ex.InnerException);
        Assert.Contains(code, ex.Message, StringComparison.Ordinal);
        Assert.Contains($"Title {status}", ex.Message, StringComparison.Ordinal);
        Assert.Contains(Operations.PathOf(operation), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSpecsErrorResponseExampleIsRead()
    {
        using var client = TestClient.Create();
        client.Handler.RespondJson(400, SeedExamples.ErrorResponse);

        var ex = await Assert.ThrowsAsync<QlikApiException>(() => client.Licenses.GetLicenseStatusAsync());

        var error = Assert.Single(ex.Errors);
        Assert.Equal("LICENSES-001", error.Code);
        Assert.Equal("Invalid tenant", error.Title);
        Assert.Equal("the tenant of the token has no license", error.Detail);
        Assert.Equal("GET /api/v1/licenses/status failed with 400 (BadRequest): LICENSES-001 Invalid tenant", ex.Message);
    }

    [Fact]
    public async Task EveryErrorOfTheBodyIsKeptInOrder()
    {
        const string body = """{"errors":[{"code":"LICENSES-002","title":"First"},{"code":"LICENSES-003","title":"Second","detail":"d"}]}""";
        using var client = TestClient.Create();
        client.Handler.RespondJson(400, body);

        var ex = await Assert.ThrowsAsync<QlikApiException>(() => client.Licenses.GetLicenseOverviewAsync());

        Assert.Equal([new QlikError("LICENSES-002", "First"), new QlikError("LICENSES-003", "Second", "d")], ex.Errors);
        Assert.Contains("LICENSES-002 First; LICENSES-003 Second", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnHtmlErrorFromAProxyKeepsItsBody()
    {
        const string html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
        using var client = TestClient.Create();
        client.Handler.Respond(502, html, "text/html");

        var ex = await Assert.ThrowsAsync<QlikApiException>(() => client.Licenses.GetLicenseStatusAsync());

        Assert.Equal(HttpStatusCode.BadGateway, ex.StatusCode);
        Assert.Empty(ex.Errors);
        Assert.Equal(html, ex.ResponseBody);
        Assert.Equal(SeedExamples.StatusPath, ex.Path);
    }

    [Fact]
    public async Task AJsonErrorBodyWithoutErrorsKeepsItsBody()
    {
        const string body = """{"message":"rate limited"}""";
        using var client = TestClient.Create();
        client.Handler.RespondJson(429, body);

        var ex = await Assert.ThrowsAsync<QlikApiException>(() => client.Licenses.GetLicenseStatusAsync());

        Assert.Equal(HttpStatusCode.TooManyRequests, ex.StatusCode);
        Assert.Empty(ex.Errors);
        Assert.Equal(body, ex.ResponseBody);
    }

    [Fact]
    public async Task AnEmptyErrorBodyGivesNoErrorsAndNoBody()
    {
        using var client = TestClient.Create();
        client.Handler.Respond(500, null);

        var ex = await Assert.ThrowsAsync<QlikApiException>(() => client.Licenses.GetLicenseOverviewAsync());

        Assert.Equal(HttpStatusCode.InternalServerError, ex.StatusCode);
        Assert.Empty(ex.Errors);
        Assert.Null(ex.ResponseBody);
    }

    [Theory]
    [MemberData(nameof(UndocumentedSuccesses))]
    public async Task AnUndocumentedSuccessStatusIsAnError(string operation, int status)
    {
        using var client = TestClient.Create();
        client.Handler.RespondJson(status, Operations.SuccessOf(operation).Body);

        var ex = await Assert.ThrowsAsync<QlikApiException>(() => Operations.InvokeAsync(client.Licenses, operation));

        Assert.Equal((HttpStatusCode)status, ex.StatusCode);
        Assert.Equal(Operations.MethodOf(operation), ex.Method);
        Assert.Equal(Operations.PathOf(operation), ex.Path);
        Assert.Empty(ex.Errors);
        Assert.Equal(Operations.SuccessOf(operation).Body, ex.ResponseBody);
    }

    [Theory]
    [MemberData(nameof(AllOperations))]
    public async Task TheDocumentedSuccessStatusIsNotAnError(string operation)
    {
        var (status, body) = Operations.SuccessOf(operation);
        using var client = TestClient.Create();
        client.Handler.RespondJson(status, body);

        await Operations.InvokeAsync(client.Licenses, operation);

        Assert.Single(client.Handler.Requests);
    }

    [Theory]
    [InlineData(401, "application/json", """{"errors":[{"code":"LICENSES-401","title":"Unauthorized","detail":"invalid token"}]}""")]
    [InlineData(502, "text/html", "<html>Bad Gateway</html>")]
    [InlineData(200, "application/json", """{"status":"Ok"}""")]
    [InlineData(207, "application/json", """{"data":[]}""")]
    [InlineData(500, "application/json", "")]
    public async Task TheApiKeyNeverAppearsInTheException(int status, string mediaType, string body)
    {
        using var client = TestClient.Create(new Uri("https://your-tenant.us.qlikcloud.com/"));
        client.Handler.Respond(status, body, mediaType);

        var ex = await Assert.ThrowsAsync<QlikApiException>(() => client.Licenses.GetLicenseStatusAsync());

        // The key was sent, so the exception had a chance to leak it.
        Assert.Equal("Bearer " + TestClient.ApiKey, Assert.Single(Assert.Single(client.Handler.Requests).HeaderValues("Authorization")));
        foreach (var text in TextsOf(ex))
        {
            Assert.DoesNotContain("SECRET", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Bearer", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("your-tenant", text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task TheHostIsNotInThePath()
    {
        using var client = TestClient.Create(new Uri("https://proxy.example/qlik/"));
        client.Handler.RespondJson(404, SeedExamples.ErrorResponse);

        var ex = await Assert.ThrowsAsync<QlikApiException>(() => client.Licenses.GetLicenseOverviewAsync());

        Assert.Equal("/qlik/api/v1/licenses/overview", ex.Path);
        Assert.DoesNotContain("proxy.example", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllOperations))]
    public async Task APreCancelledTokenCancelsWithoutSending(string operation)
    {
        using var client = TestClient.Create();
        client.Handler.RespondJson(Operations.SuccessOf(operation).Status, Operations.SuccessOf(operation).Body);
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Operations.InvokeAsync(client.Licenses, operation, cancellation.Token));

        Assert.Empty(client.Handler.Requests);
    }

    [Fact]
    public async Task CancellingWhileTheServerIsSlowCancelsTheCall()
    {
        using var client = TestClient.Create();
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        client.Handler.RespondWith(async token =>
        {
            arrived.SetResult();
            await Task.Delay(Timeout.Infinite, token);
            throw new InvalidOperationException("unreachable");
        });
        using var cancellation = new CancellationTokenSource();

        var call = client.Licenses.GetLicenseStatusAsync(cancellation.Token);
        await arrived.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await cancellation.CancelAsync();

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(cancellation.Token, ex.CancellationToken);
    }

    [Theory]
    [MemberData(nameof(PostOperations))]
    public async Task ANullBodyIsRejectedBeforeSending(string operation)
    {
        using var client = TestClient.Create();
        ILicensesClient licenses = client.Licenses;

        var ex = await Assert.ThrowsAsync<ArgumentNullException>(() => operation switch
        {
            Operations.Add => licenses.AddLicenseAssignmentsAsync(null!),
            Operations.Delete => licenses.DeleteLicenseAssignmentsAsync(null!),
            _ => licenses.UpdateLicenseAssignmentsAsync(null!),
        });

        Assert.Equal("body", ex.ParamName);
        Assert.Empty(client.Handler.Requests);
    }

    [Fact]
    public void ANullHttpClientIsRejected()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new LicensesClient(null!));

        Assert.Equal("httpClient", ex.ParamName);
    }

    private static IEnumerable<string> TextsOf(QlikApiException ex)
    {
        yield return ex.Message;
        yield return ex.ToString();
        yield return ex.Method;
        yield return ex.Path;
        yield return ex.StatusCode.ToString();
        yield return ex.ResponseBody ?? "";
        yield return ex.InnerException?.ToString() ?? "";
        foreach (var error in ex.Errors)
        {
            yield return error.ToString();
        }
        foreach (var key in ex.Data.Keys)
        {
            yield return $"{key}={ex.Data[key]}";
        }
    }
}
