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
/// (<see cref="PollingOffsetTracker"/>), so a restart drops nothing and repeats at most the updates in flight.
/// </summary>
internal sealed class TelegramPollingService(
    UpdateBatchReader reader,
    UpdateDispatcher dispatcher,
    UpdateOffsetStore offsetStore,
    BotIdentity identity,
    IOptions<TelegramOptions> options,
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
        // The initializer deletes any webhook first; getUpdates fails while one is set.
        await identity.WaitAsync(stoppingToken).ConfigureAwait(false);
        var offsets = new PollingOffsetTracker(offsetStore.Load(), Save);
        logger.LogInformation("Telegram polling started");
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var (updates, batchEnd) = await _retry.ExecuteAsync(
                    async token => await reader.GetUpdatesAsync(offsets.Offset, BatchSize, options.Value.PollingTimeoutSeconds, TelegramUpdateTypes.Allowed, token)
                        .ConfigureAwait(false),
                    stoppingToken).ConfigureAwait(false);
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
                    if (!await dispatcher.EnqueueAsync(update, handled => offsets.Finish(handled.Id), stoppingToken).ConfigureAwait(false))
                    {
                        return;
                    }
                }

                // Updates that could not be read were skipped: move past them too.
                offsets.SeenUpTo(batchEnd);
                if (fresh == 0 && offsets.HasUnfinished)
                {
                    await Task.Delay(BusyPollInterval, timeProvider, stoppingToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The dispatcher lets the updates in flight finish; each one's end still saves the offset.
        }
    }

    private void Save(int offset)
    {
        try
        {
            offsetStore.Save(offset);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The next finished update tries again; until then a restart repeats a little more.
            logger.LogWarning("Could not save the polling offset ({Error})", ex.GetType().Name);
        }
    }
}
