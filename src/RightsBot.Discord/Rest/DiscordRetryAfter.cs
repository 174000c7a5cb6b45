using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RightsBot.Discord.Models;

namespace RightsBot.Discord.Rest;

/// <summary>How long Discord asks a client to wait before retrying a response.</summary>
internal static class DiscordRetryAfter
{
    /// <summary>No wait Discord asks for is honoured beyond this; the retry then gives up sooner rather than hang.</summary>
    public static readonly TimeSpan Max = TimeSpan.FromSeconds(60);

    /// <summary>
    /// For a 429: <c>retry_after</c> from the JSON body (seconds, fractional), else <c>X-RateLimit-Reset-After</c>,
    /// else the standard <c>Retry-After</c> header. Null when the response names no wait (the caller backs off).
    /// </summary>
    public static async Task<TimeSpan?> GetDelayAsync(HttpResponseMessage response, CancellationToken cancellationToken = default)
    {
        if (response.StatusCode != HttpStatusCode.TooManyRequests)
        {
            return null;
        }

        var seconds = await ReadBodyRetryAfterAsync(response, cancellationToken).ConfigureAwait(false)
            ?? ReadSecondsHeader(response, "X-RateLimit-Reset-After")
            ?? response.Headers.RetryAfter?.Delta?.TotalSeconds;
        return seconds is { } s and >= 0 ? TimeSpan.FromSeconds(Math.Min(s, Max.TotalSeconds)) : null;
    }

    /// <summary>A header holding seconds as a decimal number, e.g. <c>X-RateLimit-Reset-After: 1.25</c>.</summary>
    public static double? ReadSecondsHeader(HttpResponseMessage response, string name)
        => response.Headers.TryGetValues(name, out var values)
            && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            && seconds >= 0
                ? seconds
                : null;

    private static async Task<double?> ReadBodyRetryAfterAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/json")
        {
            return null;
        }

        try
        {
            var body = await response.Content.ReadFromJsonAsync<DiscordRateLimitBody>(DiscordJson.Options, cancellationToken).ConfigureAwait(false);
            return body?.RetryAfter;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
