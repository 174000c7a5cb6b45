using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RightsBot.Telegram.Startup;
using RightsBot.Telegram.Updates;
using Telegram.Bot.Types;

namespace RightsBot.Telegram.Polling;

/// <summary>
/// Long polling: fetches updates, handles them one at a time and persists the offset after each, so a restart
/// drops nothing and repeats at most the update that was being handled.
/// </summary>
internal sealed class TelegramPollingService(
    UpdateBatchReader reader,
    TelegramUpdateHandler handler,
    UpdateOffsetStore offsetStore,
    BotIdentity identity,
    IOptions<TelegramOptions> options,
    TimeProvider timeProvider,
    ILogger<TelegramPollingService> logger) : BackgroundService
{
    private const int BatchSize = 100;
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The initializer deletes any webhook first; getUpdates fails while one is set.
        await identity.WaitAsync(stoppingToken).ConfigureAwait(false);
        var offset = offsetStore.Load();
        var failures = 0;
        logger.LogInformation("Telegram polling started");
        while (!stoppingToken.IsCancellationRequested)
        {
            IReadOnlyList<Update> updates;
            int? batchEnd;
            try
            {
                (updates, batchEnd) = await reader.GetUpdatesAsync(offset, BatchSize, options.Value.PollingTimeoutSeconds, TelegramUpdateTypes.Allowed, stoppingToken)
                    .ConfigureAwait(false);
                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                failures++;
                var delay = TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, failures - 1)));
                logger.LogWarning("getUpdates failed ({Error}); retrying in {Delay}", ex.GetType().Name, delay);
                await Task.Delay(delay, timeProvider, stoppingToken).ConfigureAwait(false);
                continue;
            }

            foreach (var update in updates.OrderBy(u => u.Id))
            {
                // A server that ignores the offset (some emulators do) must not make us answer twice.
                if (update.Id < offset)
                {
                    continue;
                }

                await handler.HandleSafelyAsync(update, stoppingToken).ConfigureAwait(false);
                offset = update.Id + 1;
                offsetStore.Save(offset.Value);
            }

            // Updates that could not be read were skipped: move past them too.
            if (batchEnd > offset)
            {
                offset = batchEnd;
                offsetStore.Save(offset.Value);
            }
        }
    }
}
