namespace RightsBot.Discord.Models;

/// <summary>
/// The guild member who invoked an interaction in a server; <paramref name="Permissions"/> is their permission
/// bitfield in the channel (overwrites included) as a decimal string.
/// </summary>
internal sealed record DiscordMember(DiscordUser? User = null, string? Permissions = null);
