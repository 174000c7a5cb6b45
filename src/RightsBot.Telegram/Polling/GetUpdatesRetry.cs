using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

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
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        return new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions
            {
                // Every failure, a client-side timeout included; not the cancellation of a stopping host.
                ShouldHandle = static args => ValueTask.FromResult(
                    args.Outcome.Exception is { } error && !(error is OperationCanceledException && args.Context.CancellationToken.IsCancellationRequested)),
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = FirstDelay,
                MaxDelay = MaxDelay,
                OnRetry = args =>
                {
                    logger.LogWarning("getUpdates failed ({Error}); retrying in {Delay}", args.Outcome.Exception!.GetType().Name, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }
}
