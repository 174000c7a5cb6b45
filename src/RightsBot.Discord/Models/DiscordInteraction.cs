using RightsBot.Core.Conversation;
using RightsBot.Core.Languages;

namespace RightsBot.Discord.Models;

/// <summary>The fields of Discord's interaction object that the bot reads (<c>locale</c>: the user's client language, "ru").</summary>
internal sealed record DiscordInteraction(
    string Id = "",
    string ApplicationId = "",
    int Type = 0,
    string Token = "",
    DiscordInteractionData? Data = null,
    string? GuildId = null,
    string? ChannelId = null,
    DiscordMember? Member = null,
    DiscordUser? User = null,
    string? Locale = null)
{
    /// <summary>The invoking user's id: from <c>member.user</c> in a server, from <c>user</c> in a DM.</summary>
    public string? UserId => Member?.User?.Id ?? User?.Id;

    /// <summary>The bot's language for the user's Discord client (<see cref="Locale"/>), or null for one it does not speak.</summary>
    public Language? UserLanguage => ReplyLanguage.FromLocale(Locale);

    /// <summary>
    /// The words for replies that answer no question (help, the report list, notices): the client's language when the
    /// bot speaks it, else English.
    /// </summary>
    public BotTexts Texts => BotTexts.For(UserLanguage ?? Language.English);

    /// <summary>Only id and type: the generated record text would print the token, the user and the question.</summary>
    public override string ToString() => $"DiscordInteraction {{ Id = {Id}, Type = {Type} }}";
}
