using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using RightsBot.Core.Answering;

namespace RightsBot.Adapters.RateLimiting;

/// <summary>
/// Limits each chat user to Limits:QuestionsPerMinute questions in a window of one minute that starts with the
/// user's first question, and tells the user once per window. User ids stay in this table in memory only (never
/// logged, never written), and a user idle for a whole window is forgotten.
/// </summary>
/// <remarks>
/// Not built on System.Threading.RateLimiting: its limiters read time from Stopwatch and take no
/// <see cref="TimeProvider"/> (dotnet/runtime#106447), and PartitionedRateLimiter replenishes and evicts on its own
/// system timer, so neither the host's clock nor FakeTimeProvider in tests could drive the windows. A window here is
/// just a start time and a count, on the injected clock.
/// </remarks>
/// <typeparam name="TUser">The platform's user id (Telegram's number, Discord's snowflake string).</typeparam>
public sealed class UserRateLimiter<TUser> : IDisposable
    where TUser : notnull
{
    /// <summary>How long a user's window lasts; Limits:QuestionsPerMinute counts questions within it.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<TUser, UserWindow> _users = new();
    private readonly TimeProvider _timeProvider;
    private readonly ITimer _sweeper;

    public UserRateLimiter(IOptions<LimitsOptions> limits, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(timeProvider);
        PerWindow = limits.Value.QuestionsPerMinute;
        _timeProvider = timeProvider;

        // Every window, users whose window has ended are dropped, so the table holds only the recently active.
        _sweeper = timeProvider.CreateTimer(_ => ForgetIdle(), null, Window, Window);
    }

    /// <summary>Questions one user may ask per window.</summary>
    public int PerWindow { get; }

    /// <summary>How many users the table holds now (for tests of forgetting).</summary>
    internal int TrackedUsers => _users.Count;

    /// <summary>Counts a question of <paramref name="user"/> and says whether to answer, notify or stay silent.</summary>
    public RateLimitDecision Check(TUser user)
    {
        var now = _timeProvider.GetTimestamp();
        while (true)
        {
            var window = _users.GetOrAdd(user, static (_, start) => new UserWindow(start), now);
            lock (window)
            {
                // Removed by the sweeper between the lookup and the lock: look up (and add) again.
                if (window.Forgotten)
                {
                    continue;
                }

                if (_timeProvider.GetElapsedTime(window.Start, now) >= Window)
                {
                    window.Start = now;
                    window.Count = 0;
                    window.Notified = false;
                }

                if (window.Count < PerWindow)
                {
                    window.Count++;
                    return RateLimitDecision.Allowed;
                }

                if (window.Notified)
                {
                    return RateLimitDecision.Silent;
                }

                window.Notified = true;
                return RateLimitDecision.Notify;
            }
        }
    }

    public void Dispose() => _sweeper.Dispose();

    private void ForgetIdle()
    {
        var now = _timeProvider.GetTimestamp();
        foreach (var (user, window) in _users)
        {
            lock (window)
            {
                if (_timeProvider.GetElapsedTime(window.Start, now) < Window)
                {
                    continue;
                }

                window.Forgotten = true;
            }

            _users.TryRemove(KeyValuePair.Create(user, window));
        }
    }

    private sealed class UserWindow(long start)
    {
        public long Start { get; set; } = start;

        public int Count { get; set; }

        public bool Notified { get; set; }

        public bool Forgotten { get; set; }
    }
}
