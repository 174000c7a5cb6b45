namespace RightsBot.Discord.FollowUps;

/// <summary>
/// What an answer's year menu and "Latest report" button need to ask again: the answer's topic (the question
/// without its scope words), its country (several, comma-separated, for a comparison of countries) and whether the
/// answer was private. Kept in memory only, behind a token (<see cref="DiscordReaskStore"/>).
/// </summary>
internal sealed record DiscordReask(string Topic, string Country, bool Ephemeral)
{
    /// <summary>Only the flag: the generated record text would print the topic, which is the user's question.</summary>
    public override string ToString() => $"DiscordReask {{ Ephemeral = {Ephemeral} }}";
}
