using System.Collections.Concurrent;
using System.Net;
using RightsBot.Adapters.Http;

namespace RightsBot.Discord.Rest;

/// <summary>
/// Remembers when Discord's rate limits reopen, from <c>X-RateLimit-*</c> headers, so that a request is held back
/// instead of being sent into a certain 429. Keyed by route (method and path); a global 429 blocks every route.
/// </summary>
internal sealed class DiscordRateLimitBuckets(TimeProvider timeProvider)
{
    private const int PruneThreshold = 1024;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _routeResets = new(StringComparer.Ordinal);
    private long _globalResetTicks;

    /// <summary>How long a request on this route must wait before it may be sent (zero when it may go now).</summary>
    public TimeSpan GetDelay(string route)
    {
        var now = timeProvider.GetUtcNow();
        var until = new DateTimeOffset(Interlocked.Read(ref _globalResetTicks), TimeSpan.Zero);
        if (_routeResets.TryGetValue(route, out var routeUntil) && routeUntil > until)
        {
            until = routeUntil;
        }

        return until > now ? until - now : TimeSpan.Zero;
    }

    /// <summary>Records what a response says about the route's bucket (and a global limit).</summary>
    public void Update(string route, HttpResponseMessage response, TimeSpan? retryAfter)
    {
        var now = timeProvider.GetUtcNow();
        if (response.StatusCode == HttpStatusCode.TooManyRequests && retryAfter is { } wait && IsGlobal(response))
        {
            Interlocked.Exchange(ref _globalResetTicks, (now + wait).UtcTicks);
            return;
        }

        var exhausted = response.Headers.TryGetValues("X-RateLimit-Remaining", out var remaining) && remaining.FirstOrDefault() == "0";
        var resetAfter = RetryAfter.ReadSecondsHeader(response, "X-RateLimit-Reset-After");
        if (exhausted && resetAfter is { } seconds)
        {
            _routeResets[route] = now + TimeSpan.FromSeconds(Math.Min(seconds, RetryAfter.Max.TotalSeconds));
        }
        else
        {
            _routeResets.TryRemove(route, out _);
        }

        if (_routeResets.Count > PruneThreshold)
        {
            foreach (var (key, until) in _routeResets)
            {
                if (until <= now)
                {
                    _routeResets.TryRemove(key, out _);
                }
            }
        }
    }

    private static bool IsGlobal(HttpResponseMessage response)
        => response.Headers.TryGetValues("X-RateLimit-Global", out var values)
            && string.Equals(values.FirstOrDefault(), "true", StringComparison.OrdinalIgnoreCase);
}
