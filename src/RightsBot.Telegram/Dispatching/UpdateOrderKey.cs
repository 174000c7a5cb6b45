using Telegram.Bot.Types;

namespace RightsBot.Telegram.Dispatching;

/// <summary>
/// Which updates must be handled one after another: those of one chat. An update from outside any chat (an inline
/// query, a press on a button under a message sent inline) is ordered with its user's other updates: a private
/// chat's id is its user's id, so it shares that chat's line. Groups and channels have negative ids and never
/// collide with a user.
/// </summary>
internal static class UpdateOrderKey
{
    /// <summary>The line of update kinds the bot does not ask for (they are only logged and dropped).</summary>
    public const long Other = 0;

    public static long Of(Update update)
    {
        ArgumentNullException.ThrowIfNull(update);
        return update switch
        {
            { Message.Chat.Id: var chat } => chat,
            { EditedMessage.Chat.Id: var chat } => chat,
            { CallbackQuery: { } query } => query.Message?.Chat.Id ?? query.From.Id,
            { InlineQuery.From.Id: var user } => user,
            { ChosenInlineResult.From.Id: var user } => user,
            _ => Other,
        };
    }
}
