using Microsoft.Extensions.Time.Testing;
using RightsBot.Core.Fetching;

namespace RightsBot.Core.Tests.Fetching;

public class RequestPacerTests
{
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(500);

    [Fact]
    public async Task WaitAsync_OneWorker_FirstRequestGoesAtOnceEachLaterOneWaitsTheDelay()
    {
        var time = new FakeTimeProvider();
        var pacer = new RequestPacer(Delay, freeStarts: 1, time);

        await pacer.WaitAsync(CancellationToken.None);
        var second = pacer.WaitAsync(CancellationToken.None);
        time.Advance(Delay - TimeSpan.FromMilliseconds(1));
        var early = second.IsCompleted;
        time.Advance(TimeSpan.FromMilliseconds(1));
        await second;

        Assert.False(early);
    }

    [Fact]
    public void WaitAsync_TwoWorkers_TheirFirstRequestsGoAtOnce()
    {
        var pacer = new RequestPacer(Delay, freeStarts: 2, new FakeTimeProvider());

        Assert.True(pacer.WaitAsync(CancellationToken.None).IsCompleted);
        Assert.True(pacer.WaitAsync(CancellationToken.None).IsCompleted);
        Assert.False(pacer.WaitAsync(CancellationToken.None).IsCompleted);
    }

    [Fact]
    public void WaitAsync_NoDelay_NeverWaits()
    {
        var pacer = new RequestPacer(TimeSpan.Zero, freeStarts: 1, new FakeTimeProvider());

        Assert.All(Enumerable.Range(0, 3), _ => Assert.True(pacer.WaitAsync(CancellationToken.None).IsCompleted));
    }
}
