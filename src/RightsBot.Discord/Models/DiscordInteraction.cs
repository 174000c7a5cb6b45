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

    /// <summary>Only id and type: the generated record text would print the token, the user and the question.</summary>
    public override string ToString() => $"DiscordInteraction {{ Id = {Id}, Type = {Type} }}";
}
