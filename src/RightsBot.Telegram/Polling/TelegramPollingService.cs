using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using RightsBot.Telegram.Dispatching;
using RightsBot.Telegram.Startup;
using RightsBot.Telegram.Updates;
using Telegram.Bot.Types;

namespace RightsBot.Telegram.Polling;

/// <summary>
/// Long polling: fetches updates and hands them to the <see cref="UpdateDispatcher"/>, which answers different chats
/// at once and each chat in order. The offset it confirms and persists never passes an unfinished update
/// (<see cref="PollingOffsetTracker"/>), so a restart drops nothing. Polling ends as soon as the host begins to stop
/// (SIGTERM), so no update is fetched during the shutdown, and what the shutdown finishes is saved exactly.
/// </summary>
internal sealed class TelegramPollingService(
    UpdateBatchReader reader,
    UpdateDispatcher dispatcher,
    UpdateOffsetStore offsetStore,
    BotIdentity identity,
    IOptions<TelegramOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider timeProvider,
    ILogger<TelegramPollingService> logger) : BackgroundService
{
    /// <summary>The most updates one getUpdates call returns (Telegram's own maximum).</summary>
    private const int BatchSize = 100;

    /// <summary>
    /// The pause between getUpdates calls while updates are in flight: Telegram then returns those again at once
    /// instead of holding the long poll, so this is how soon a new chat's question is noticed meanwhile.
    /// </summary>
    private static readonly TimeSpan BusyPollInterval = TimeSpan.FromMilliseconds(250);

    private readonly ResiliencePipeline _retry = GetUpdatesRetry.Create(timeProvider, logger);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // SIGTERM cancels ApplicationStopping at once; the host calls StopAsync (stoppingToken) only after Kestrel has
        // stopped. Polling ends at the first of the two: from then on no update is fetched.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lifetime.ApplicationStopping);
        var token = stopping.Token;
        var offsets = new PollingOffsetTracker(offsetStore.Load(), Save);
        try
        {
            // The initializer deletes any webhook first; getUpdates fails while one is set.
            await identity.WaitAsync(token).ConfigureAwait(false);
            logger.LogInformation("Telegram polling started");
            await PollAsync(offsets, token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Stopping: not a failure, even before the host's own StopAsync.
        }
        finally
        {
            // The dispatcher lets the updates in flight finish within the shutdown time; each one's end is saved, and
            // whatever does not finish stays to be answered after the restart.
            offsets.SaveEveryChange();
            logger.LogInformation("Telegram polling stopped");
        }
    }

    private async Task PollAsync(PollingOffsetTracker offsets, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var (updates, batchEnd) = await _retry.ExecuteAsync(
                async token => await reader.GetUpdatesAsync(offsets.Offset, BatchSize, options.Value.PollingTimeoutSeconds, TelegramUpdateTypes.Allowed, token)
                    .ConfigureAwait(false),
                cancellationToken).ConfigureAwait(false);
            offsets.Returned(updates.Count > 0 ? updates.Min(u => u.Id) : null);
            var fresh = 0;
            foreach (var update in updates.OrderBy(u => u.Id))
            {
                // Unfinished updates come back in every batch, and some servers ignore the offset: each is handled once.
                if (!offsets.TryAccept(update.Id))
                {
                    continue;
                }

                fresh++;
                // Waits while the dispatcher is full, so polling never runs far ahead of the workers.
                if (!await dispatcher.EnqueueAsync(update, handled => offsets.Finish(handled.Id), cancellationToken).ConfigureAwait(false))
                {
                    return;
                }
            }

            // Updates that could not be read were skipped: move past them too.
            offsets.SeenUpTo(batchEnd);
            if (fresh == 0 && offsets.HasUnfinished)
            {
                await Task.Delay(BusyPollInterval, timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private void Save(PollingPosition position)
    {
        try
        {
            offsetStore.Save(position);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The next finished update tries again; until then a restart repeats a little more.
            logger.LogWarning("Could not save the polling offset ({Error})", ex.GetType().Name);
        }
    }
}
