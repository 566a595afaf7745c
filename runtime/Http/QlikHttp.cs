using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using QlikGen.Serialization;

namespace QlikGen.Http;

/// <summary>Sends the requests of generated clients and turns their responses into typed results or <see cref="QlikApiException"/>.</summary>
public static class QlikHttp
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    /// <summary>Creates a request for a relative URI built by <see cref="QlikRequestPath"/>.</summary>
    public static HttpRequestMessage CreateRequest(HttpMethod method, QlikRequestPath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var request = new HttpRequestMessage(method, new Uri(path.ToString(), UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return request;
    }

    /// <summary>Creates JSON content of <paramref name="value"/>; optional members that are null are left out.</summary>
    public static HttpContent JsonContent<T>(T value, JsonConverter<T> converter)
    {
        var content = new ByteArrayContent(QlikJson.SerializeToUtf8Bytes(value, converter));
        content.Headers.ContentType = JsonMediaType;
        return content;
    }

    /// <summary>Sends a request whose documented success response has a JSON body.</summary>
    /// <exception cref="QlikApiException">The status is not one of <paramref name="successStatuses"/>, or the body does not match its schema.</exception>
    public static async Task<T> SendAsync<T>(
        HttpClient httpClient,
        HttpRequestMessage request,
        IReadOnlyCollection<int>? successStatuses,
        JsonConverter<T> converter,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(converter);
        using var response = await SendCoreAsync(httpClient, request, successStatuses, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return Read(response, request, body, converter);
    }

    private static T Read<T>(HttpResponseMessage response, HttpRequestMessage request, byte[] body, JsonConverter<T> converter)
    {
        try
        {
            return QlikJson.Deserialize(body, converter);
        }
        catch (JsonException exception)
        {
            throw new QlikApiException(response.StatusCode, request.Method.Method, PathOf(request), null, QlikErrorBody.Excerpt(body), exception);
        }
    }

    /// <summary>
    /// Sends a request whose documented success responses carry a JSON body only sometimes (e.g. 207 with one, 204
    /// without): an empty body reads as <see langword="null"/>.
    /// </summary>
    /// <exception cref="QlikApiException">The status is not one of <paramref name="successStatuses"/>, or a body does not match its schema.</exception>
    public static async Task<T?> SendOrDefaultAsync<T>(
        HttpClient httpClient,
        HttpRequestMessage request,
        IReadOnlyCollection<int>? successStatuses,
        JsonConverter<T> converter,
        CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(converter);
        using var response = await SendCoreAsync(httpClient, request, successStatuses, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (QlikJson.WithoutBom(body).Trim(" \t\r\n"u8).IsEmpty)
        {
            return null;
        }
        return Read(response, request, body, converter);
    }

    /// <summary>Sends a request whose documented success response is not JSON (a file, CSV, ...); returns the body's bytes.</summary>
    /// <exception cref="QlikApiException">The status is not one of <paramref name="successStatuses"/>.</exception>
    public static async Task<byte[]> SendForBytesAsync(
        HttpClient httpClient,
        HttpRequestMessage request,
        IReadOnlyCollection<int>? successStatuses,
        CancellationToken cancellationToken)
    {
        using var response = await SendCoreAsync(httpClient, request, successStatuses, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds a header parameter; a null value is left out.</summary>
    public static void AddHeader(HttpRequestMessage request, string name, string? value)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (value is not null)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
    }

    /// <summary>Adds a header parameter with several values; a null list is left out.</summary>
    public static void AddHeader(HttpRequestMessage request, string name, IEnumerable<string>? values)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (values is not null)
        {
            request.Headers.TryAddWithoutValidation(name, values);
        }
    }

    /// <summary>Sends a request whose documented success response has no body QlikGen types.</summary>
    /// <exception cref="QlikApiException">The status is not one of <paramref name="successStatuses"/>.</exception>
    public static async Task SendAsync(
        HttpClient httpClient,
        HttpRequestMessage request,
        IReadOnlyCollection<int>? successStatuses,
        CancellationToken cancellationToken)
    {
        using var response = await SendCoreAsync(httpClient, request, successStatuses, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<HttpResponseMessage> SendCoreAsync(
        HttpClient httpClient,
        HttpRequestMessage request,
        IReadOnlyCollection<int>? successStatuses,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(request);
        var response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        if (Contains(successStatuses, (int)response.StatusCode))
        {
            return response;
        }
        using (response)
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var errors = QlikErrorBody.TryReadErrors(body);
            throw new QlikApiException(
                response.StatusCode,
                request.Method.Method,
                PathOf(request),
                errors,
                errors is null ? QlikErrorBody.Excerpt(body) : null);
        }
    }

    // A null set means the spec documents success only as "2XX".
    private static bool Contains(IReadOnlyCollection<int>? statuses, int status)
    {
        if (statuses is null)
        {
            return status is >= 200 and <= 299;
        }
        foreach (var candidate in statuses)
        {
            if (candidate == status)
            {
                return true;
            }
        }
        return false;
    }

    // Only the path: the query string may carry user data, the host names the tenant; neither belongs in an error message.
    private static string PathOf(HttpRequestMessage request)
    {
        var uri = request.RequestUri;
        if (uri is null)
        {
            return "/";
        }
        if (uri.IsAbsoluteUri)
        {
            return uri.AbsolutePath;
        }
        var text = uri.OriginalString;
        var query = text.IndexOf('?', StringComparison.Ordinal);
        var path = query < 0 ? text : text.Substring(0, query);
        return path.StartsWith('/') ? path : "/" + path;
    }
}
