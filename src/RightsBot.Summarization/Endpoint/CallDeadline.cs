namespace RightsBot.Summarization.Endpoint;

/// <summary>
/// The caller's cancellation joined with the configured timeout, timed by the injected <see cref="TimeProvider"/>,
/// so tests move time forward instead of waiting.
/// </summary>
internal sealed class CallDeadline : IDisposable
{
    private readonly CancellationTokenSource _timeout;
    private readonly CancellationTokenSource _linked;

    public CallDeadline(TimeSpan timeout, TimeProvider timeProvider, CancellationToken callerToken)
    {
        Timeout = timeout;
        CallerToken = callerToken;
        _timeout = new CancellationTokenSource(timeout, timeProvider);
        _linked = CancellationTokenSource.CreateLinkedTokenSource(callerToken, _timeout.Token);
    }

    public TimeSpan Timeout { get; }

    public CancellationToken CallerToken { get; }

    public CancellationToken Token => _linked.Token;

    public bool TimedOut => _timeout.IsCancellationRequested && !CallerToken.IsCancellationRequested;

    public void Dispose()
    {
        _linked.Dispose();
        _timeout.Dispose();
    }
}
