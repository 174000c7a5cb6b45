using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RightsBot.Core.Conversation;
using RightsBot.Discord.FollowUps;

namespace RightsBot.Discord.Tests.FollowUps;

public sealed class DiscordReaskStoreTests
{
    private static readonly DiscordReask Reask = new("how many torture complaints are registered each year?", "Kazakhstan", Ephemeral: false);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 5, 12, 0, 0, TimeSpan.Zero));
    private readonly DiscordReaskStore _store;

    public DiscordReaskStoreTests() => _store = new DiscordReaskStore(Options.Create(new ConversationOptions { MinutesToKeep = 15 }), _time);

    [Fact]
    public void Remember_ThenTryGet_ReturnsTheReaskUnderAShortRandomToken()
    {
        var token = _store.Remember(Reask);
        var other = _store.Remember(Reask);

        Assert.True(_store.TryGet(token, out var found));
        Assert.Same(Reask, found);
        Assert.True(DiscordReaskStore.IsToken(token));
        Assert.Equal(DiscordReaskStore.TokenLength, token.Length);
        Assert.NotEqual(token, other);
    }

    [Fact]
    public void TryGet_UnknownToken_False()
    {
        _store.Remember(Reask);

        Assert.False(_store.TryGet("AAAAAAAAAAAAAAAA", out _));
    }

    [Theory]
    [InlineData(14, true)]
    [InlineData(15, false)]
    [InlineData(60, false)]
    public void TryGet_AfterMinutes_OnlyWithinMinutesToKeep(int minutes, bool kept)
    {
        var token = _store.Remember(Reask);

        _time.Advance(TimeSpan.FromMinutes(minutes));

        Assert.Equal(kept, _store.TryGet(token, out _));
    }

    [Fact]
    public void Remember_AMinuteAfterOthersExpired_SweepsThem()
    {
        _store.Remember(Reask);
        _store.Remember(Reask);
        _time.Advance(TimeSpan.FromMinutes(16));

        _store.Remember(Reask);

        Assert.Equal(1, _store.Count);
    }

    [Fact]
    public void ToString_NeverShowsTheQuestion()
    {
        Assert.DoesNotContain("torture", Reask.ToString(), StringComparison.Ordinal);
    }
}
