namespace RightsBot.Discord.Tests.TestSupport;

/// <summary>A scripted answer of the Discord REST stand-in, used once, in order, before its normal behaviour.</summary>
internal sealed record StandInReply(int Status, string? Json = null, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static StandInReply RateLimited(double retryAfterSeconds) => new(
        429,
        $$"""{"message": "You are being rate limited.", "retry_after": {{retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}}, "global": false}""");
}
