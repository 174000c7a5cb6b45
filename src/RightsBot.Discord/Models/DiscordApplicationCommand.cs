namespace RightsBot.Discord.Models;

/// <summary>A global slash command as registered with (and returned by) Discord.</summary>
internal sealed record DiscordApplicationCommand(
    string Name,
    string Description,
    IReadOnlyList<DiscordApplicationCommandOption>? Options = null,
    int Type = 1,
    string? Id = null);
