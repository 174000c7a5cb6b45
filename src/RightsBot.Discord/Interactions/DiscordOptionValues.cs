using System.Text.Json;
using RightsBot.Discord.Models;

namespace RightsBot.Discord.Interactions;

/// <summary>Reads typed values out of a slash command's options.</summary>
internal static class DiscordOptionValues
{
    public static string? GetString(IReadOnlyList<DiscordInteractionOption>? options, string name)
        => Find(options, name)?.Value is { ValueKind: JsonValueKind.String } value && value.GetString() is { } text && !string.IsNullOrWhiteSpace(text)
            ? text.Trim()
            : null;

    public static int? GetInt(IReadOnlyList<DiscordInteractionOption>? options, string name)
        => Find(options, name)?.Value is { ValueKind: JsonValueKind.Number } value && value.TryGetInt32(out var number) ? number : null;

    public static bool? GetBool(IReadOnlyList<DiscordInteractionOption>? options, string name)
        => Find(options, name)?.Value is { ValueKind: JsonValueKind.True or JsonValueKind.False } value ? value.GetBoolean() : null;

    /// <summary>The option the user is typing into during autocomplete.</summary>
    public static DiscordInteractionOption? Focused(IReadOnlyList<DiscordInteractionOption>? options)
        => options?.FirstOrDefault(o => o.Focused == true);

    private static DiscordInteractionOption? Find(IReadOnlyList<DiscordInteractionOption>? options, string name)
        => options?.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.Ordinal));
}
