using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Text;

namespace QlikGen;

/// <summary>
/// A Qlik Cloud API call answered with a status its operation does not document as success,
/// or with a success body that could not be read.
/// </summary>
/// <remarks>
/// The message, <see cref="Exception.ToString"/> and every property carry only the method, the path
/// (without query string or host) and what the service said: never a request header, so never a token or API key.
/// </remarks>
public class QlikApiException : Exception
{
    /// <summary>Creates the exception for a failed call.</summary>
    /// <param name="statusCode">The HTTP status the service answered with.</param>
    /// <param name="method">The HTTP method of the request.</param>
    /// <param name="path">The request path, without host or query string.</param>
    /// <param name="errors">The errors from the response's <c>errorResponse</c> body, if any.</param>
    /// <param name="responseBody">The start of a response body that could not be read, for diagnosis.</param>
    /// <param name="innerException">The cause, e.g. a <see cref="System.Text.Json.JsonException"/> for an unreadable body.</param>
    public QlikApiException(
        HttpStatusCode statusCode,
        string method,
        string path,
        IReadOnlyList<QlikError>? errors = null,
        string? responseBody = null,
        Exception? innerException = null)
        : base(FormatMessage(statusCode, method, path, errors ?? Array.Empty<QlikError>(), innerException), innerException)
    {
        StatusCode = statusCode;
        Method = method ?? throw new ArgumentNullException(nameof(method));
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Errors = errors ?? Array.Empty<QlikError>();
        ResponseBody = responseBody;
    }

    /// <summary>The HTTP status the service answered with.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The HTTP method of the failed request, e.g. <c>POST</c>.</summary>
    public string Method { get; }

    /// <summary>The request path, e.g. <c>/api/v1/licenses/status</c>; never the host or query string.</summary>
    public string Path { get; }

    /// <summary>The typed errors of the response's <c>errorResponse</c>; empty when the body had none.</summary>
    public IReadOnlyList<QlikError> Errors { get; }

    /// <summary>
    /// The start of the response body (at most 2048 characters) when it could not be read: an error body that is not an
    /// <c>errorResponse</c>, or a success body that does not match its schema. Otherwise <see langword="null"/>.
    /// It is never part of <see cref="Exception.Message"/>: it is what the service sent, so log it with the care you give responses.
    /// </summary>
    public string? ResponseBody { get; }

    private static string FormatMessage(HttpStatusCode status, string method, string path, IReadOnlyList<QlikError> errors, Exception? inner)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{method} {path} failed with {(int)status} ({status})");
        if (inner is not null)
        {
            text.Append(": the response body could not be read (").Append(inner.Message).Append(')');
        }
        for (var i = 0; i < errors.Count; i++)
        {
            text.Append(i == 0 ? ": " : "; ").Append(errors[i].Code).Append(' ').Append(errors[i].Title);
        }
        return text.ToString();
    }
}
