namespace RightsBot.Discord.Models;

/// <summary>A Discord user; only the id is used (as a rate-limit key, never logged).</summary>
internal sealed record DiscordUser(string Id);
