namespace RightsBot.Adapters.Http;

/// <summary>How long a chat platform's API may take.</summary>
/// <param name="Attempt">One request; Telegram's long polls need more than a plain call.</param>
/// <param name="Total">All attempts of one call together, waits included.</param>
public sealed record ChatApiTimeouts(TimeSpan Attempt, TimeSpan Total);
