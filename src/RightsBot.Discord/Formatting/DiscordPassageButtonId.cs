using System.Globalization;

namespace RightsBot.Discord.Formatting;

/// <summary>The custom_id of a "Paragraph [n]" button: <c>rb:passage:{rank}:{passageId}</c>, at most 100 characters.</summary>
internal static class DiscordPassageButtonId
{
    public const int MaxLength = 100;
    private const string Prefix = "rb:passage:";

    /// <summary>The custom_id for a source, or null when the passage id would not fit Discord's limit.</summary>
    public static string? Create(int rank, string passageId)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"{Prefix}{rank}:{passageId}");
        return id.Length <= MaxLength && passageId.Length > 0 ? id : null;
    }

    /// <summary>Reads a custom_id made by <see cref="Create"/>; false for anything else.</summary>
    public static bool TryParse(string? customId, out int rank, out string passageId)
    {
        rank = 0;
        passageId = string.Empty;
        if (customId is null || !customId.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = customId.AsSpan(Prefix.Length);
        var colon = rest.IndexOf(':');
        if (colon <= 0 || colon == rest.Length - 1
            || !int.TryParse(rest[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out rank))
        {
            return false;
        }

        passageId = rest[(colon + 1)..].ToString();
        return true;
    }
}
