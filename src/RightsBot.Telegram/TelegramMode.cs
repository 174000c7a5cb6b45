namespace RightsBot.Telegram;

/// <summary>How the bot receives updates from the Bot API.</summary>
public enum TelegramMode
{
    /// <summary>Long polling with getUpdates (the default; needs no public URL).</summary>
    Polling,

    /// <summary>Telegram POSTs updates to <c>/telegram/webhook</c>.</summary>
    Webhook,
}
