using RightsBot.Telegram.Polling;

namespace RightsBot.Telegram.Tests.Polling;

public sealed class PollingOffsetTrackerTests
{
    private readonly List<int> _saved = [];

    [Fact]
    public void Offset_LaterUpdatesFinishFirst_StaysAtTheLowestUnfinishedUntilItFinishes()
    {
        var tracker = Tracker(start: 10);
        Accept(tracker, 10, 11, 12);

        tracker.Finish(12);
        tracker.Finish(11);

        Assert.Equal(10, tracker.Offset);
        Assert.Equal([], _saved);
        tracker.Finish(10);
        Assert.Equal(13, tracker.Offset);
        Assert.Equal([13], _saved);
    }

    [Fact]
    public void Offset_LowestFinishesFirst_MovesToTheNextUnfinished()
    {
        var tracker = Tracker(start: 10);
        Accept(tracker, 10, 11, 12);

        tracker.Finish(10);

        Assert.Equal(11, tracker.Offset);
        Assert.Equal([11], _saved);
        Assert.True(tracker.HasUnfinished);
    }

    [Theory]
    [InlineData(9)]
    [InlineData(10)]
    [InlineData(11)]
    public void TryAccept_IdSeenBeforeOrBelowTheOffset_FalseAndNothingChanges(int id)
    {
        var tracker = Tracker(start: 10);
        Accept(tracker, 10, 11);

        Assert.False(tracker.TryAccept(id));
        tracker.Finish(10);
        tracker.Finish(11);
        Assert.Equal(12, tracker.Offset);
        Assert.False(tracker.HasUnfinished);
    }

    [Fact]
    public void TryAccept_IdsSkipAhead_OffsetFollowsTheIdsThatExist()
    {
        var tracker = Tracker(start: 10);

        Accept(tracker, 15);

        Assert.Equal(15, tracker.Offset);
        Assert.Equal([15], _saved);
    }

    [Fact]
    public void SeenUpTo_UnreadableUpdatesAfterAnUnfinishedOne_OffsetWaitsForIt()
    {
        var tracker = Tracker(start: 40);
        Accept(tracker, 41);

        tracker.SeenUpTo(43);

        Assert.Equal(41, tracker.Offset);
        Assert.False(tracker.TryAccept(42));
        tracker.Finish(41);
        Assert.Equal(43, tracker.Offset);
        Assert.Equal([41, 43], _saved);
    }

    [Fact]
    public void SeenUpTo_OnlyUnreadableUpdates_MovesPastThemAndSaves()
    {
        var tracker = Tracker(start: null);

        tracker.SeenUpTo(8);

        Assert.Equal(8, tracker.Offset);
        Assert.Equal([8], _saved);
    }

    [Fact]
    public void Offset_NothingSavedAndNothingSeen_NullSoTelegramSendsWhatItHolds()
    {
        var tracker = Tracker(start: null);

        tracker.SeenUpTo(null);

        Assert.Null(tracker.Offset);
        Assert.Empty(_saved);
    }

    [Fact]
    public void Finish_UpdatesFinishInAnyOrder_EverySavedOffsetHigherThanTheLastAndNoneBeyondAnUnfinishedUpdate()
    {
        var tracker = Tracker(start: 100);
        var ids = Enumerable.Range(100, 50).ToArray();
        Accept(tracker, ids);
        var finished = new HashSet<int>();

        foreach (var id in ids.OrderBy(i => (i * 7919) % 50))
        {
            tracker.Finish(id);
            finished.Add(id);
            Assert.All(ids.Where(i => i < tracker.Offset), i => Assert.Contains(i, finished));
        }

        Assert.Equal(150, tracker.Offset);
        Assert.Equal(_saved.Order(), _saved);
        Assert.Equal(_saved.Count, _saved.Distinct().Count());
        Assert.Equal(150, _saved[^1]);
    }

    private PollingOffsetTracker Tracker(int? start) => new(start, _saved.Add);

    private static void Accept(PollingOffsetTracker tracker, params int[] ids)
    {
        foreach (var id in ids)
        {
            Assert.True(tracker.TryAccept(id));
        }
    }
}
