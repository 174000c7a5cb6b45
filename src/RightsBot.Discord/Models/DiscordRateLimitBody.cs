namespace RightsBot.Discord.Models;

/// <summary>The body of a 429: how many seconds to wait, and whether the limit is global.</summary>
internal sealed record DiscordRateLimitBody(double? RetryAfter = null, bool? Global = null);
