using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RightsBot.Adapters.RateLimiting;
using RightsBot.Core.Answering;

namespace RightsBot.Adapters.Tests.RateLimiting;

public sealed class UserRateLimiterTests
{
    private readonly FakeTimeProvider _time = new();

    [Theory]
    [InlineData(1, "A N S S")]
    [InlineData(3, "A A A N S S")]
    [InlineData(6, "A A A A A A N S")]
    public void Check_OverTheLimit_OneNoticeThenSilence(int perMinute, string expected)
    {
        using var limiter = Limiter<long>(perMinute);

        var decisions = expected.Split(' ').Select(_ => Letter(limiter.Check(1)));

        Assert.Equal(expected, string.Join(' ', decisions));
    }

    [Fact]
    public void Check_AfterTheWindowPasses_AllowsAgainAndNotifiesAgain()
    {
        using var limiter = Limiter<long>(2);
        limiter.Check(1);
        limiter.Check(1);
        Assert.Equal(RateLimitDecision.Notify, limiter.Check(1));

        _time.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(RateLimitDecision.Silent, limiter.Check(1));
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(RateLimitDecision.Allowed, limiter.Check(1));
        Assert.Equal(RateLimitDecision.Allowed, limiter.Check(1));
        Assert.Equal(RateLimitDecision.Notify, limiter.Check(1));
    }

    [Fact]
    public void Check_WindowStartsWithTheUsersFirstQuestion_NotWithTheClock()
    {
        using var limiter = Limiter<long>(1);
        _time.Advance(TimeSpan.FromSeconds(50));
        Assert.Equal(RateLimitDecision.Allowed, limiter.Check(1));

        // Ten seconds on, a clock-aligned minute would have turned; this user's has not.
        _time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(RateLimitDecision.Notify, limiter.Check(1));
        _time.Advance(TimeSpan.FromSeconds(50));

        Assert.Equal(RateLimitDecision.Allowed, limiter.Check(1));
    }

    [Theory]
    [InlineData("123456789012345678", "876543210987654321")]
    [InlineData("a", "A")]
    public void Check_DifferentUsers_HaveSeparateLimits(string first, string second)
    {
        using var limiter = Limiter<string>(1);

        Assert.Equal(RateLimitDecision.Allowed, limiter.Check(first));
        Assert.Equal(RateLimitDecision.Notify, limiter.Check(first));
        Assert.Equal(RateLimitDecision.Allowed, limiter.Check(second));
    }

    [Fact]
    public void Check_UsersIdleForAWindow_AreForgotten()
    {
        using var limiter = Limiter<long>(1);
        limiter.Check(1);
        limiter.Check(2);
        _time.Advance(TimeSpan.FromSeconds(30));
        limiter.Check(3);
        Assert.Equal(3, limiter.TrackedUsers);

        _time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(1, limiter.TrackedUsers);
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0, limiter.TrackedUsers);

        Assert.Equal(RateLimitDecision.Allowed, limiter.Check(1));
        Assert.Equal(RateLimitDecision.Notify, limiter.Check(1));
    }

    [Fact]
    public async Task Check_ManyAtOnceForOneUser_ExactlyTheLimitAllowedAndOneNotice()
    {
        using var limiter = Limiter<long>(5);
        using var start = new ManualResetEventSlim();

        var checks = Enumerable.Range(0, 64).Select(_ => Task.Run(() =>
        {
            start.Wait();
            return limiter.Check(7);
        })).ToList();
        start.Set();
        var decisions = await Task.WhenAll(checks);

        Assert.Equal(5, decisions.Count(d => d == RateLimitDecision.Allowed));
        Assert.Equal(1, decisions.Count(d => d == RateLimitDecision.Notify));
        Assert.Equal(58, decisions.Count(d => d == RateLimitDecision.Silent));
    }

    private UserRateLimiter<TUser> Limiter<TUser>(int perMinute)
        where TUser : notnull
        => new(Options.Create(new LimitsOptions { QuestionsPerMinute = perMinute }), _time);

    private static string Letter(RateLimitDecision decision) => decision.ToString()[..1];
}
