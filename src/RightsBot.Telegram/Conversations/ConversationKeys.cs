using System.Globalization;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace RightsBot.Telegram.Conversations;

/// <summary>
/// The keys under which Core's ChatConversations keeps a Telegram conversation (in memory only, never logged): a
/// private chat is one conversation; in a group every answer starts a thread of its own, continued by replying to it,
/// so that several people's questions never mix.
/// </summary>
internal static class ConversationKeys
{
    /// <summary>A private chat's one conversation.</summary>
    public static string ForChat(long chatId) => string.Create(CultureInfo.InvariantCulture, $"tg:{chatId}");

    /// <summary>The thread of the bot's answer <paramref name="answerMessageId"/> in a group.</summary>
    public static string ForThread(long chatId, int answerMessageId)
        => string.Create(CultureInfo.InvariantCulture, $"tg:{chatId}:{answerMessageId}");

    /// <summary>
    /// The conversation <paramref name="message"/> continues: a private chat's own; in a group, the thread of the bot's
    /// answer it replies to, or none (a question of its own) when it replies to nothing the bot said.
    /// </summary>
    public static string? ToRead(Message message, long botId)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Chat.Type == ChatType.Private)
        {
            return ForChat(message.Chat.Id);
        }

        return message.ReplyToMessage is { } replied && replied.From?.Id == botId ? ForThread(message.Chat.Id, replied.Id) : null;
    }

    /// <summary>
    /// Where the answer to <paramref name="message"/> is kept: a private chat's own conversation; in a group, the
    /// thread of each message that shows the answer, so that a reply to any of them follows up on it.
    /// </summary>
    public static IReadOnlyList<string> ToRemember(Message message, IReadOnlyList<int> answerMessageIds)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(answerMessageIds);
        return message.Chat.Type == ChatType.Private
            ? [ForChat(message.Chat.Id)]
            : [.. answerMessageIds.Select(id => ForThread(message.Chat.Id, id))];
    }
}
