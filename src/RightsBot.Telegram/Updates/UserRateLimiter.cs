using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using RightsBot.Core.Answering;

namespace RightsBot.Telegram.Updates;

/// <summary>
/// Per-user fixed-window limit on questions (Limits:QuestionsPerMinute), built on System.Threading.RateLimiting.
/// The library's limiters measure time with Stopwatch; here each user's <see cref="FixedWindowRateLimiter"/> only
/// counts permits (a one-tick Window, the smallest allowed, with manual replenishment) and a <see cref="TimeProvider"/> timer ends the windows, so
/// tests drive them with a fake clock.
/// </summary>
internal sealed class UserRateLimiter : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<long, UserWindow> _users = new();
    private readonly int _permits;
    private readonly ITimer _timer;

    public UserRateLimiter(IOptions<LimitsOptions> limits, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _permits = limits.Value.QuestionsPerMinute;
        _timer = timeProvider.CreateTimer(_ => Replenish(), null, Window, Window);
    }

    public RateLimitDecision Check(long userId)
    {
        var window = _users.GetOrAdd(userId, _ => new UserWindow(new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
        {
            PermitLimit = _permits,
            Window = TimeSpan.FromTicks(1),
            QueueLimit = 0,
            AutoReplenishment = false,
        })));

        using var lease = window.Limiter.AttemptAcquire();
        if (lease.IsAcquired)
        {
            return RateLimitDecision.Allowed;
        }

        return Interlocked.Exchange(ref window.Notified, 1) == 0 ? RateLimitDecision.Notify : RateLimitDecision.Silent;
    }

    public void Dispose()
    {
        _timer.Dispose();
        foreach (var window in _users.Values)
        {
            window.Limiter.Dispose();
        }
    }

    private void Replenish()
    {
        foreach (var (userId, window) in _users)
        {
            // A user who asked nothing in the last window is forgotten, so the table only holds active users.
            if (window.Limiter.GetStatistics()?.CurrentAvailablePermits == _permits && _users.TryRemove(userId, out var idle))
            {
                idle.Limiter.Dispose();
                continue;
            }

            window.Limiter.TryReplenish();
            Volatile.Write(ref window.Notified, 0);
        }
    }

    private sealed class UserWindow(FixedWindowRateLimiter limiter)
    {
        public FixedWindowRateLimiter Limiter { get; } = limiter;

#pragma warning disable CA1051 // A field, so Interlocked can flip it.
        public int Notified;
#pragma warning restore CA1051
    }
}
