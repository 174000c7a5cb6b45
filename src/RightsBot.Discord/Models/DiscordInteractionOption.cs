using System.Text.Json;

namespace RightsBot.Discord.Models;

/// <summary>One option value of a slash command; <see cref="Focused"/> marks the one being autocompleted.</summary>
internal sealed record DiscordInteractionOption(
    string Name,
    int Type,
    JsonElement? Value = null,
    bool? Focused = null,
    IReadOnlyList<DiscordInteractionOption>? Options = null);
