using RightsBot.Adapters.Http;

namespace RightsBot.Discord.Rest;

/// <summary>Holds a request back while Discord's bucket for its route (or the global limit) is exhausted.</summary>
internal sealed class DiscordRateLimitHandler(DiscordRateLimitBuckets buckets, TimeProvider timeProvider) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // The route key holds the path (which may carry an interaction token); it stays in memory and is never logged.
        var route = request.Method.Method + " " + request.RequestUri?.AbsolutePath;
        var delay = buckets.GetDelay(route);
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
        }

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var retryAfter = response.StatusCode == System.Net.HttpStatusCode.TooManyRequests
            ? RetryAfter.ReadSecondsHeader(response, "Retry-After") is { } s ? TimeSpan.FromSeconds(s) : null
            : (TimeSpan?)null;
        buckets.Update(route, response, retryAfter);
        return response;
    }
}
