namespace RightsBot.Discord.FollowUps;

/// <summary>
/// The custom_id of a re-ask component: <c>rb:year:{token}</c> for the year menu, <c>rb:latest:{token}</c> for the
/// "Latest report" button. The question itself never rides in it (Discord allows 100 characters and shows custom_ids
/// to clients); the token finds it in <see cref="DiscordReaskStore"/>.
/// </summary>
internal static class DiscordReaskId
{
    private const string YearPrefix = "rb:year:";
    private const string LatestPrefix = "rb:latest:";

    public static string Create(DiscordReaskKind kind, string token)
        => (kind == DiscordReaskKind.Year ? YearPrefix : LatestPrefix) + token;

    /// <summary>Reads a custom_id made by <see cref="Create"/>; false for anything else (a passage button, a stranger's id).</summary>
    public static bool TryParse(string? customId, out DiscordReaskKind kind, out string token)
    {
        kind = DiscordReaskKind.Year;
        token = string.Empty;
        string rest;
        if (customId?.StartsWith(YearPrefix, StringComparison.Ordinal) == true)
        {
            rest = customId[YearPrefix.Length..];
        }
        else if (customId?.StartsWith(LatestPrefix, StringComparison.Ordinal) == true)
        {
            kind = DiscordReaskKind.Latest;
            rest = customId[LatestPrefix.Length..];
        }
        else
        {
            return false;
        }

        if (!DiscordReaskStore.IsToken(rest))
        {
            return false;
        }

        token = rest;
        return true;
    }
}
