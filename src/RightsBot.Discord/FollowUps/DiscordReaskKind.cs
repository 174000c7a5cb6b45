namespace RightsBot.Discord.FollowUps;

/// <summary>Which component asked again: the "Other years of this report" menu, or the "Latest report" button.</summary>
internal enum DiscordReaskKind
{
    Year,
    Latest,
}
