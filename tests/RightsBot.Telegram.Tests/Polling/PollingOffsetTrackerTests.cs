using RightsBot.Telegram.Polling;

namespace RightsBot.Telegram.Tests.Polling;

public sealed class PollingOffsetTrackerTests
{
    // The offsets of the positions saved, and the positions themselves.
    private readonly List<int> _saved = [];
    private readonly List<PollingPosition> _positions = [];

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
        var tracker = Tracker(start: (int?)null);

        tracker.SeenUpTo(8);

        Assert.Equal(8, tracker.Offset);
        Assert.Equal([8], _saved);
    }

    [Fact]
    public void Offset_NothingSavedAndNothingSeen_NullSoTelegramSendsWhatItHolds()
    {
        var tracker = Tracker(start: (int?)null);

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

    [Fact]
    public void TryAccept_RestartAfterAStopThatLeftAnUpdateUnanswered_OnlyThatOneIsTakenAgain()
    {
        var tracker = Tracker(new PollingPosition(13, [10]));

        Assert.Equal(10, tracker.Offset);
        Assert.True(tracker.TryAccept(10));
        Assert.False(tracker.TryAccept(11));
        Assert.False(tracker.TryAccept(12));
        Assert.False(tracker.TryAccept(10));
        Assert.True(tracker.TryAccept(13));
        tracker.Finish(13);
        Assert.Equal(10, tracker.Offset);
        tracker.Finish(10);
        Assert.Equal(14, tracker.Offset);
        Assert.False(tracker.HasUnfinished);
    }

    [Theory]
    [InlineData(11, 11)]
    [InlineData(14, 13)]
    [InlineData(null, 13)]
    public void Returned_TelegramNoLongerHoldsTheUnansweredUpdate_ForgottenAndTheOffsetMovesOn(int? lowestReturned, int expectedOffset)
    {
        var tracker = Tracker(new PollingPosition(13, [10, 11]));

        tracker.Returned(lowestReturned);

        Assert.Equal(expectedOffset, tracker.Offset);
        Assert.Equal([expectedOffset], _saved);
    }

    [Fact]
    public void Returned_TheUnansweredUpdateIsThere_KeptForAnswering()
    {
        var tracker = Tracker(new PollingPosition(13, [10, 11]));

        tracker.Returned(10);

        Assert.Equal(10, tracker.Offset);
        Assert.True(tracker.TryAccept(11));
        Assert.Empty(_saved);
    }

    [Fact]
    public void SaveEveryChange_LaterUpdateFinishedBeforeAnUnfinishedOne_SavedPositionNamesExactlyTheUnfinished()
    {
        var tracker = Tracker(start: 10);
        Accept(tracker, 10, 11, 12);
        tracker.Finish(11);

        tracker.SaveEveryChange();
        tracker.Finish(12);

        Assert.Equal([new PollingPosition(13, [10, 12]), new PollingPosition(13, [10])], _positions, PositionComparer.Instance);
        tracker.Finish(10);
        Assert.Equal(new PollingPosition(13, []), _positions[^1], PositionComparer.Instance);
    }

    [Fact]
    public void Finish_WhileRunning_SavesOnlyWhenTheOffsetMoves()
    {
        var tracker = Tracker(start: 10);
        Accept(tracker, 10, 11, 12);

        tracker.Finish(11);
        tracker.Finish(10);

        Assert.Equal([new PollingPosition(13, [12])], _positions, PositionComparer.Instance);
    }

    private PollingOffsetTracker Tracker(int? start) => Tracker(start is { } next ? new PollingPosition(next, []) : null);

    private PollingOffsetTracker Tracker(PollingPosition? start) => new(start, position =>
    {
        _saved.Add(position.Offset);
        _positions.Add(position);
    });

    private static void Accept(PollingOffsetTracker tracker, params int[] ids)
    {
        foreach (var id in ids)
        {
            Assert.True(tracker.TryAccept(id));
        }
    }

    private sealed class PositionComparer : IEqualityComparer<PollingPosition>
    {
        public static readonly PositionComparer Instance = new();

        public bool Equals(PollingPosition? x, PollingPosition? y)
            => x?.Next == y?.Next && (x?.Unanswered ?? []).SequenceEqual(y?.Unanswered ?? []);

        public int GetHashCode(PollingPosition obj) => obj.Next;
    }
}
