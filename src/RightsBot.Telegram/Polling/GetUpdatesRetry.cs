using Microsoft.Extensions.Logging;
using Polly;
using RightsBot.Telegram.Retrying;

namespace RightsBot.Telegram.Polling;

/// <summary>
/// How polling waits after a failed getUpdates (network down, 5xx, 409 from a second poller): Polly's exponential
/// back-off with jitter from <see cref="FirstDelay"/>, at most <see cref="MaxDelay"/> apart, retried for as long as
/// the host runs. Only the host's own stop ends it.
/// </summary>
internal static class GetUpdatesRetry
{
    /// <summary>The typical wait after the first failure.</summary>
    public static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two tries.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    public static ResiliencePipeline Create(TimeProvider timeProvider, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        return UntilStoppedRetry.Create(timeProvider, FirstDelay, MaxDelay,
            (error, delay) => logger.LogWarning("getUpdates failed ({Error}); retrying in {Delay}", error.GetType().Name, delay));
    }
}
