using System.Net;

namespace RightsBot.Discord.Rest;

/// <summary>Discord refused a REST call after retries; the message names the operation and status, never a URL or token.</summary>
public sealed class DiscordApiException : Exception
{
    public DiscordApiException()
    {
    }

    public DiscordApiException(string message)
        : base(message)
    {
    }

    public DiscordApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DiscordApiException(string message, HttpStatusCode statusCode)
        : base(message)
    {
        StatusCode = statusCode;
    }

    /// <summary>The HTTP status Discord answered with.</summary>
    public HttpStatusCode? StatusCode { get; }
}
