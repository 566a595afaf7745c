using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace QlikGen.Client.Tests;

/// <summary>An in-memory HTTP server: records each request and answers with the next scripted response.</summary>
public sealed class RecordingHandler : HttpMessageHandler
{
    private readonly Queue<Func<CancellationToken, Task<HttpResponseMessage>>> _responses = new();
    private readonly List<RecordedRequest> _requests = new();

    /// <summary>Every request received, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _requests;

    /// <summary>How many scripted responses have not been used yet.</summary>
    public int PendingResponses => _responses.Count;

    /// <summary>Queues a JSON response.</summary>
    public RecordingHandler RespondJson(int status, string json)
        => Respond(status, json, "application/json");

    /// <summary>Queues a response with the given body and media type; a null body sends no content.</summary>
    public RecordingHandler Respond(int status, string? body, string mediaType = "application/json")
    {
        _responses.Enqueue(_ =>
        {
            var response = new HttpResponseMessage((HttpStatusCode)status);
            if (body is not null)
            {
                response.Content = new StringContent(body, Encoding.UTF8);
                response.Content.Headers.ContentType = new MediaTypeHeaderValue(mediaType) { CharSet = "utf-8" };
            }
            return Task.FromResult(response);
        });
        return this;
    }

    /// <summary>Queues an answer computed when the request arrives, e.g. one that waits for cancellation.</summary>
    public RecordingHandler RespondWith(Func<CancellationToken, Task<HttpResponseMessage>> answer)
    {
        _responses.Enqueue(answer);
        return this;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var headers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in request.Headers)
        {
            headers[header.Key] = new List<string>(header.Value);
        }
        string? body = null;
        if (request.Content is not null)
        {
            foreach (var header in request.Content.Headers)
            {
                headers[header.Key] = new List<string>(header.Value);
            }
            body = await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
        var uri = request.RequestUri ?? throw new InvalidOperationException("The request has no URI.");
        _requests.Add(new RecordedRequest(request.Method.Method, uri, headers, body));
        if (_responses.Count == 0)
        {
            throw new InvalidOperationException($"No scripted response left for {request.Method} {uri}.");
        }
        var response = await _responses.Dequeue()(cancellationToken).ConfigureAwait(false);
        response.RequestMessage = request;
        return response;
    }
}
