using RightsBot.Telegram.Updates;

namespace RightsBot.Telegram.Tests.Updates;

public sealed class UpdateDeduplicatorTests
{
    [Fact]
    public void TryMarkNew_RepeatedId_FalseTheSecondTime()
    {
        var dedupe = new UpdateDeduplicator();

        Assert.True(dedupe.TryMarkNew(7));
        Assert.False(dedupe.TryMarkNew(7));
        Assert.True(dedupe.TryMarkNew(8));
    }

    [Fact]
    public void TryMarkNew_BeyondCapacity_ForgetsTheOldestOnly()
    {
        var dedupe = new UpdateDeduplicator(capacity: 3);
        foreach (var id in new[] { 1, 2, 3, 4 })
        {
            Assert.True(dedupe.TryMarkNew(id));
        }

        Assert.False(dedupe.TryMarkNew(4));
        Assert.False(dedupe.TryMarkNew(2));
        Assert.True(dedupe.TryMarkNew(1));
    }

    [Fact]
    public void Forget_MarkedId_CanBeAcceptedAgain()
    {
        var dedupe = new UpdateDeduplicator();
        dedupe.TryMarkNew(5);

        dedupe.Forget(5);

        Assert.True(dedupe.TryMarkNew(5));
    }

    [Fact]
    public async Task TryMarkNew_ConcurrentDuplicates_ExactlyOneWins()
    {
        var dedupe = new UpdateDeduplicator();

        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => dedupe.TryMarkNew(42))));

        Assert.Single(results, r => r);
    }
}
