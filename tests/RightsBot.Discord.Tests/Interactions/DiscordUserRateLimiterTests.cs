using Microsoft.Extensions.Options;
using RightsBot.Core.Answering;
using RightsBot.Discord.Interactions;

namespace RightsBot.Discord.Tests.Interactions;

public sealed class DiscordUserRateLimiterTests
{
    [Fact]
    public void TryAcquire_BeyondPerMinute_RefusesThatUserOnly()
    {
        using var limiter = new DiscordUserRateLimiter(Options.Create(new LimitsOptions { QuestionsPerMinute = 3 }));

        var first = Enumerable.Range(0, 4).Select(_ => limiter.TryAcquire("user-a")).ToList();

        Assert.Equal([true, true, true, false], first);
        Assert.True(limiter.TryAcquire("user-b"));
        Assert.Equal(3, limiter.PerMinute);
    }
}
