namespace RightsBot.Discord.Models;

/// <summary>A choice of a string select menu; label, value and description are at most 100 characters.</summary>
internal sealed record DiscordSelectOption(string Label, string Value, string? Description = null);
