using System.ClientModel;
using System.Globalization;
using System.Net;
using Microsoft.SemanticKernel;

namespace RightsBot.Summarization.Endpoint;

/// <summary>
/// Names why a call to the chat endpoint failed, in a few words fit for a log line: never the exception message,
/// which can carry the endpoint's echo of the prompt (and so the user's question).
/// </summary>
internal static class EndpointFailure
{
    public static string Describe(Exception exception, CallDeadline deadline)
    {
        if (exception is OperationCanceledException || deadline.Token.IsCancellationRequested)
        {
            if (deadline.TimedOut)
            {
                return string.Create(CultureInfo.InvariantCulture, $"timed out after {deadline.Timeout.TotalSeconds:0.#} s");
            }

            return deadline.CallerToken.IsCancellationRequested ? "cancelled" : "request cancelled";
        }

        // The connector wraps HTTP errors in HttpOperationException, except on the streaming path, where the OpenAI
        // client's ClientResultException comes through as is.
        switch (exception)
        {
            case HttpOperationException { StatusCode: { } status }:
                return StatusText(status);
            case ClientResultException { Status: > 0 } clientResult:
                return StatusText((HttpStatusCode)clientResult.Status);
        }

        var chain = Chain(exception).ToList();
        if (chain.OfType<HttpRequestException>().FirstOrDefault(e => e.StatusCode is not null) is { StatusCode: { } httpStatus })
        {
            return StatusText(httpStatus);
        }

        if (chain.OfType<HttpRequestException>().Any(e => e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError))
        {
            return "endpoint unreachable";
        }

        if (chain.Any(e => e is IOException or HttpRequestException { HttpRequestError: HttpRequestError.ResponseEnded }))
        {
            return "connection dropped";
        }

        return chain.Any(e => e is HttpRequestException or HttpOperationException)
            ? "endpoint unreachable"
            : $"unexpected {exception.GetType().Name}";
    }

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            yield return current;
        }
    }

    private static string StatusText(HttpStatusCode status)
        => string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)status}");
}
