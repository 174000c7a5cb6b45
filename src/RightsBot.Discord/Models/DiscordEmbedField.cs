namespace RightsBot.Discord.Models;

/// <summary>An embed field: name ≤ 256, value ≤ 1,024.</summary>
internal sealed record DiscordEmbedField(string Name, string Value, bool? Inline = null);
