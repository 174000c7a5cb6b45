namespace RightsBot.Telegram.Sending;

/// <summary>
/// Shows "typing…" only when an answer is slow. Most answers reach the chat well within <see cref="Delay"/>, before
/// the indicator could even be seen, so sending it up front cost every answer a Bot API round trip for nothing
/// (docs/performance.md, "Telegram webhook throughput"); a summary that takes seconds still gets it.
/// </summary>
internal sealed class TypingIndicator : IDisposable
{
    /// <summary>How long an answer may take before the chat is shown "typing…".</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);

    private readonly CancellationTokenSource _stop = new();
    private Task _run = Task.CompletedTask;

    private TypingIndicator()
    {
    }

    /// <summary>An indicator that never shows: for tests and callers that answer at once.</summary>
    public static TypingIndicator Never() => new();

    /// <summary>Starts the clock: "typing…" is sent to <paramref name="chatId"/> once <see cref="Delay"/> has passed, unless stopped first.</summary>
    public static TypingIndicator Start(TelegramSender sender, long chatId, TimeProvider timeProvider, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var indicator = new TypingIndicator();
        indicator._run = indicator.RunAsync(sender, chatId, timeProvider, cancellationToken);
        return indicator;
    }

    /// <summary>
    /// Called before the first message of the answer: cancels a chat action not yet due, and waits for one already
    /// on its way, so it never lands after the answer.
    /// </summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _run.ConfigureAwait(false);
    }

    public void Dispose() => _stop.Dispose();

    private async Task RunAsync(TelegramSender sender, long chatId, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        try
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token, cancellationToken);
            await Task.Delay(Delay, timeProvider, linked.Token).ConfigureAwait(false);
            await sender.SendTypingAsync(chatId, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopped before it was due, or the answer was cancelled: nothing to show.
        }
    }
}
