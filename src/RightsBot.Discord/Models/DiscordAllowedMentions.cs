namespace RightsBot.Discord.Models;

/// <summary>Which mentions Discord may turn into pings; the bot always sends none.</summary>
internal sealed record DiscordAllowedMentions(IReadOnlyList<string> Parse)
{
    /// <summary><c>{"parse": []}</c>: no @everyone, @here, role or user pings, whatever the text says.</summary>
    public static DiscordAllowedMentions None { get; } = new(Array.Empty<string>());
}
