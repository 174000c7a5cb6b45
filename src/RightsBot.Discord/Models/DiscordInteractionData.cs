namespace RightsBot.Discord.Models;

/// <summary>Interaction data: a command's name and options, or a component's custom_id (and a select menu's chosen values).</summary>
internal sealed record DiscordInteractionData(
    string? Id = null,
    string? Name = null,
    int? Type = null,
    IReadOnlyList<DiscordInteractionOption>? Options = null,
    string? CustomId = null,
    int? ComponentType = null,
    IReadOnlyList<string>? Values = null);
