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

        return exception switch
        {
            HttpOperationException { StatusCode: { } status } => StatusText(status),
            HttpRequestException { StatusCode: { } status } => StatusText(status),
            HttpRequestException or HttpOperationException => "endpoint unreachable",
            IOException => "connection dropped",
            _ => $"unexpected {exception.GetType().Name}",
        };
    }

    private static string StatusText(HttpStatusCode status)
        => string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)status}");
}
