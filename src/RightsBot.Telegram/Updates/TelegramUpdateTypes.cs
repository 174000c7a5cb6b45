using Telegram.Bot.Types.Enums;

namespace RightsBot.Telegram.Updates;

/// <summary>The update kinds the bot asks Telegram for.</summary>
internal static class TelegramUpdateTypes
{
    public static readonly UpdateType[] Allowed = [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.InlineQuery];
}
