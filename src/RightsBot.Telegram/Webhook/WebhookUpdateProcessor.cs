using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RightsBot.Telegram.Updates;

namespace RightsBot.Telegram.Webhook;

/// <summary>Handles queued webhook updates with several workers; on shutdown it drains the queue while the host allows.</summary>
internal sealed class WebhookUpdateProcessor(
    WebhookUpdateQueue queue,
    TelegramUpdateHandler handler,
    IOptions<TelegramOptions> options) : BackgroundService
{
    private readonly CancellationTokenSource _abort = new();

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        using var registration = cancellationToken.Register(_abort.Cancel);
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    public override void Dispose()
    {
        _abort.Dispose();
        base.Dispose();
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
        => Task.WhenAll(Enumerable.Range(0, options.Value.WebhookWorkers).Select(_ => WorkAsync()));

    private async Task WorkAsync()
    {
        await Task.Yield();
        try
        {
            await foreach (var update in queue.Reader.ReadAllAsync(_abort.Token).ConfigureAwait(false))
            {
                await handler.HandleSafelyAsync(update, _abort.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (_abort.IsCancellationRequested)
        {
        }
    }
}
