namespace RightsBot.Discord.Models;

/// <summary>A rich embed: title ≤ 256, description ≤ 4,096, ≤ 25 fields, 6,000 characters in all; <paramref name="Url"/> makes the title a link.</summary>
internal sealed record DiscordEmbed(
    string? Title,
    string? Description,
    IReadOnlyList<DiscordEmbedField>? Fields = null,
    DiscordEmbedFooter? Footer = null,
    int? Color = null,
    string? Url = null)
{
    /// <summary>The characters Discord counts against its 6,000 limit.</summary>
    public int TotalLength =>
        (Title?.Length ?? 0)
        + (Description?.Length ?? 0)
        + (Footer?.Text.Length ?? 0)
        + (Fields?.Sum(f => f.Name.Length + f.Value.Length) ?? 0);
}
