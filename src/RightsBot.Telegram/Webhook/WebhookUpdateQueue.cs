using System.Threading.Channels;
using Telegram.Bot.Types;

namespace RightsBot.Telegram.Webhook;

/// <summary>Updates accepted by the webhook and waiting to be handled in the background.</summary>
internal sealed class WebhookUpdateQueue
{
    public const int Capacity = 10_000;
    private readonly Channel<Update> _channel = Channel.CreateBounded<Update>(new BoundedChannelOptions(Capacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
    });

    public ChannelReader<Update> Reader => _channel.Reader;

    /// <summary>False when the queue is full (Telegram then retries the update later).</summary>
    public bool TryEnqueue(Update update) => _channel.Writer.TryWrite(update);

    public void Complete() => _channel.Writer.TryComplete();
}
