using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using RightsBot.Core.Answering;

namespace RightsBot.Discord.Interactions;

/// <summary>Allows each Discord user <see cref="LimitsOptions.QuestionsPerMinute"/> questions a minute; ids stay in memory only.</summary>
internal sealed class DiscordUserRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public DiscordUserRateLimiter(IOptions<LimitsOptions> limits)
    {
        PerMinute = limits.Value.QuestionsPerMinute;
        _limiter = PartitionedRateLimiter.Create<string, string>(userId => RateLimitPartition.GetFixedWindowLimiter(
            userId,
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = PerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    /// <summary>Questions allowed per user and minute.</summary>
    public int PerMinute { get; }

    /// <summary>True when the user may ask now (and counts the question).</summary>
    public bool TryAcquire(string userId)
    {
        using var lease = _limiter.AttemptAcquire(userId);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
