namespace RightsBot.Core.Fetching;

/// <summary>
/// Spaces requests out: the first <c>freeStarts</c> requests go at once (one per worker), every later one waits
/// <c>delay</c> first, so each of the workers pauses between two of its requests.
/// </summary>
internal sealed class RequestPacer(TimeSpan delay, int freeStarts, TimeProvider time)
{
    private int _started;

    public Task WaitAsync(CancellationToken cancellationToken)
        => Interlocked.Increment(ref _started) > freeStarts && delay > TimeSpan.Zero
            ? Task.Delay(delay, time, cancellationToken)
            : Task.CompletedTask;
}
