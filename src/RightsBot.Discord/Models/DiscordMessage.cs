namespace RightsBot.Discord.Models;

/// <summary>A message the bot sends: as an interaction response, or as the edit of a deferred one.</summary>
internal sealed record DiscordMessage(
    string? Content,
    IReadOnlyList<DiscordEmbed>? Embeds,
    IReadOnlyList<DiscordComponent>? Components,
    int? Flags,
    DiscordAllowedMentions AllowedMentions)
{
    /// <summary>True when the message is only visible to the user who asked.</summary>
    public bool IsEphemeral => Flags is { } flags && (flags & DiscordMessageFlags.Ephemeral) != 0;
}
