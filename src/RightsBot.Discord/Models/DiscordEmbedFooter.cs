namespace RightsBot.Discord.Models;

/// <summary>An embed footer; text ≤ 2,048.</summary>
internal sealed record DiscordEmbedFooter(string Text);
