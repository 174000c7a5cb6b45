namespace RightsBot.Discord.Models;

/// <summary>The body answering an interaction: a type and, for messages and autocomplete, its data.</summary>
/// <param name="Type">A <see cref="DiscordResponseType"/> value.</param>
/// <param name="Data">A <see cref="DiscordMessage"/> or a <see cref="DiscordAutocompleteResult"/>.</param>
internal sealed record DiscordInteractionResponse(int Type, object? Data = null);
