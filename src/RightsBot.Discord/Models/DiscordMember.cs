namespace RightsBot.Discord.Models;

/// <summary>The guild member who invoked an interaction in a server.</summary>
internal sealed record DiscordMember(DiscordUser? User = null);
