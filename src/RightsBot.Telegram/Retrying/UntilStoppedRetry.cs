using Polly;
using Polly.Retry;

namespace RightsBot.Telegram.Retrying;

/// <summary>
/// The Telegram adapter's one way to keep trying a step the bot cannot do without (start-up, getUpdates): Polly's
/// exponential back-off with jitter on <see cref="TimeProvider"/>, for as long as the host runs. Only the host's own
/// stop ends it; every failure, a client-side timeout included, is tried again.
/// </summary>
internal static class UntilStoppedRetry
{
    /// <param name="timeProvider">The clock the waits run on.</param>
    /// <param name="firstDelay">The typical wait after the first failure.</param>
    /// <param name="maxDelay">The longest wait between two tries.</param>
    /// <param name="onRetry">Says what failed and how long the wait is (a log line; never a question or a token).</param>
    public static ResiliencePipeline Create(TimeProvider timeProvider, TimeSpan firstDelay, TimeSpan maxDelay, Action<Exception, TimeSpan> onRetry)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(onRetry);
        return new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = static args => ValueTask.FromResult(
                    args.Outcome.Exception is { } error && !(error is OperationCanceledException && args.Context.CancellationToken.IsCancellationRequested)),
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = firstDelay,
                MaxDelay = maxDelay,
                OnRetry = args =>
                {
                    onRetry(args.Outcome.Exception!, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }
}
