namespace RightsBot.Discord.FollowUps;

/// <summary>
/// The re-ask components an answer carries: the years its select menu offers (newest first, at most 25) and whether
/// its "Latest report" button does anything, both under <paramref name="Token"/>.
/// </summary>
/// <param name="Token">The <see cref="DiscordReaskStore"/> token the components' custom_ids carry.</param>
/// <param name="Country">The country (or countries, comma-separated) they re-ask for, to label the menu's options.</param>
/// <param name="Years">The other years of the country's reports, newest first; empty leaves the menu out.</param>
/// <param name="LatestEnabled">False when the answer already is the latest report's (no year was asked).</param>
internal sealed record DiscordReaskMenu(string Token, string Country, IReadOnlyList<int> Years, bool LatestEnabled);
