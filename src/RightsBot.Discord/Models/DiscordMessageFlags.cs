namespace RightsBot.Discord.Models;

/// <summary>Message flags the bot sets.</summary>
internal static class DiscordMessageFlags
{
    /// <summary>Only the invoking user sees the message.</summary>
    public const int Ephemeral = 1 << 6;
}
