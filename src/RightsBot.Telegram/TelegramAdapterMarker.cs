namespace RightsBot.Telegram;

/// <summary>Registered by AddTelegramAdapter, so MapTelegramWebhook knows the adapter is on.</summary>
internal sealed class TelegramAdapterMarker;
