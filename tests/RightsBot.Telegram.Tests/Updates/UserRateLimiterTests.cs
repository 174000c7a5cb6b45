using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RightsBot.Core.Answering;
using RightsBot.Telegram.Updates;

namespace RightsBot.Telegram.Tests.Updates;

public sealed class UserRateLimiterTests
{
    private readonly FakeTimeProvider _time = new();

    private UserRateLimiter Limiter(int perMinute) => new(Options.Create(new LimitsOptions { QuestionsPerMinute = perMinute }), _time);

    [Fact]
    public void Check_OverTheLimit_OneNoticeThenSilence()
    {
        using var limiter = Limiter(3);

        var decisions = Enumerable.Range(0, 6).Select(_ => limiter.Check(1)).ToList();

        Assert.Equal(
            [RateLimitDecision.Allowed, RateLimitDecision.Allowed, RateLimitDecision.Allowed, RateLimitDecision.Notify, RateLimitDecision.Silent, RateLimitDecision.Silent],
            decisions);
    }

    [Fact]
    public void Check_AfterTheWindowPasses_AllowsAgainAndNotifiesAgain()
    {
        using var limiter = Limiter(2);
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
    public void Check_DifferentUsers_HaveSeparateLimits()
    {
        using var limiter = Limiter(1);

        Assert.Equal(RateLimitDecision.Allowed, limiter.Check(1));
        Assert.Equal(RateLimitDecision.Notify, limiter.Check(1));
        Assert.Equal(RateLimitDecision.Allowed, limiter.Check(2));
    }

    [Fact]
    public void Check_UserIdleForAWindow_StartsFresh()
    {
        using var limiter = Limiter(1);
        Assert.Equal(RateLimitDecision.Allowed, limiter.Check(1));

        _time.Advance(TimeSpan.FromMinutes(1));
        _time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(RateLimitDecision.Allowed, limiter.Check(1));
        Assert.Equal(RateLimitDecision.Notify, limiter.Check(1));
    }
}
