namespace RightsBot.Discord.Models;

/// <summary>A choice shown to the user; name and value are at most 100 characters.</summary>
internal sealed record DiscordChoice(string Name, string Value);
