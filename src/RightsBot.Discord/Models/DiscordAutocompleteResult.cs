namespace RightsBot.Discord.Models;

/// <summary>Autocomplete suggestions (at most 25).</summary>
internal sealed record DiscordAutocompleteResult(IReadOnlyList<DiscordChoice> Choices);
