namespace RightsBot.Adapters.RateLimiting;

/// <summary>What to do with a user's question under the per-user rate limit.</summary>
public enum RateLimitDecision
{
    /// <summary>Answer it.</summary>
    Allowed,

    /// <summary>Over the limit for the first time in this window: send one polite notice.</summary>
    Notify,

    /// <summary>Still over the limit: stay silent until the window passes (where the platform allows silence).</summary>
    Silent,
}
