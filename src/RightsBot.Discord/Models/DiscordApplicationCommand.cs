namespace RightsBot.Discord.Models;

/// <summary>
/// A global slash command as registered with (and returned by) Discord; <see cref="DescriptionLocalizations"/> maps
/// Discord locales ("ru") to the description a client in that language shows.
/// </summary>
internal sealed record DiscordApplicationCommand(
    string Name,
    string Description,
    IReadOnlyList<DiscordApplicationCommandOption>? Options = null,
    int Type = 1,
    string? Id = null,
    IReadOnlyDictionary<string, string>? DescriptionLocalizations = null);
