using Telegram.Bot.Types.ReplyMarkups;

namespace RightsBot.Telegram.Formatting;

/// <summary>One message to send: HTML text within Telegram's limit and an optional inline keyboard.</summary>
internal sealed record TelegramReply(string Html, InlineKeyboardMarkup? Keyboard = null);
