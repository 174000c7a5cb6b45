namespace RightsBot.Telegram.Polling;

/// <summary>
/// The getUpdates offset while updates are handled concurrently: the lowest update id not yet finished, or, with
/// none in flight, the one after the last update seen. Telegram forgets every update below the offset it is sent,
/// so it never moves past an unfinished update. What is saved (<see cref="PollingPosition"/>) also names the updates
/// below the last one seen that are not finished, so a restart answers exactly those again: after a stop, saved at
/// every change (<see cref="SaveEveryChange"/>), nothing is answered twice or lost; after a crash (even kill -9),
/// nothing is lost and at most the updates finished since the last save are repeated.
/// </summary>
internal sealed class PollingOffsetTracker
{
    private readonly SortedSet<int> _unfinished = [];

    // Updates a previous run fetched and did not answer: below _seenEnd, and each to be accepted once more.
    private readonly SortedSet<int> _owed = [];
    private readonly Action<PollingPosition> _persist;
    private readonly Lock _gate = new();
    private int? _seenEnd;
    private int? _persistedOffset;
    private bool _saveEveryChange;

    /// <param name="start">The saved position, or null to start from whatever Telegram holds.</param>
    /// <param name="persist">Saves the position; called under a lock.</param>
    public PollingOffsetTracker(PollingPosition? start, Action<PollingPosition> persist)
    {
        _seenEnd = start?.Next;
        _owed.UnionWith(start?.Unanswered.Where(id => id < start.Next) ?? []);
        _persistedOffset = start?.Offset;
        _persist = persist;
    }

    /// <summary>The offset to ask getUpdates from: below it every update is finished.</summary>
    public int? Offset
    {
        get
        {
            lock (_gate)
            {
                return SafeOffset;
            }
        }
    }

    /// <summary>Whether any update is still to finish (getUpdates then returns those again at once).</summary>
    public bool HasUnfinished
    {
        get
        {
            lock (_gate)
            {
                return _unfinished.Count > 0 || _owed.Count > 0;
            }
        }
    }

    private int? SafeOffset => (_unfinished.Count, _owed.Count) switch
    {
        (0, 0) => _seenEnd,
        (_, 0) => _unfinished.Min,
        (0, _) => _owed.Min,
        _ => Math.Min(_unfinished.Min, _owed.Min),
    };

    /// <summary>
    /// True for an update not seen before, or one a previous run left unanswered, which is then unfinished until
    /// <see cref="Finish"/>; false for one seen already (unfinished updates come back in every batch, and some servers
    /// ignore the offset).
    /// </summary>
    public bool TryAccept(int updateId)
    {
        lock (_gate)
        {
            if (updateId < _seenEnd)
            {
                // The offset stays where it is: the update only moves from owed to unfinished.
                return _owed.Remove(updateId) && _unfinished.Add(updateId);
            }

            _unfinished.Add(updateId);
            _seenEnd = updateId + 1;
            PersistIfDue();
            return true;
        }
    }

    /// <summary>
    /// Forgets the updates a previous run left unanswered that Telegram no longer holds (it keeps an update 24 hours):
    /// those below the lowest update a getUpdates returned, all of them when it returned none.
    /// </summary>
    public void Returned(int? lowestUpdateId)
    {
        lock (_gate)
        {
            if (_owed.RemoveWhere(id => lowestUpdateId is null || id < lowestUpdateId) > 0)
            {
                PersistIfDue();
            }
        }
    }

    /// <summary>Moves past updates that were seen but could not be read (the batch's end), which are never handled.</summary>
    public void SeenUpTo(int? batchEnd)
    {
        lock (_gate)
        {
            if (batchEnd > _seenEnd || (_seenEnd is null && batchEnd is not null))
            {
                _seenEnd = batchEnd;
                PersistIfDue();
            }
        }
    }

    /// <summary>Marks an accepted update handled; the offset moves once every update before it is handled too.</summary>
    public void Finish(int updateId)
    {
        lock (_gate)
        {
            if (_unfinished.Remove(updateId))
            {
                PersistIfDue();
            }
        }
    }

    /// <summary>
    /// Saves now, and from now on at every change rather than only when the offset moves: called when polling stops,
    /// so that the saved position names exactly the updates the shutdown did not finish.
    /// </summary>
    public void SaveEveryChange()
    {
        lock (_gate)
        {
            _saveEveryChange = true;
            PersistIfDue();
        }
    }

    // While running, a save is due only when the offset moves (cheap, and enough to lose nothing); once stopping, at
    // every change, since updates answered after an unfinished one must be known not to repeat them.
    private void PersistIfDue()
    {
        if (_seenEnd is not { } next || SafeOffset is not { } offset || (!_saveEveryChange && offset <= _persistedOffset))
        {
            return;
        }

        _persist(new PollingPosition(next, [.. _owed.Concat(_unfinished).Order()]));
        _persistedOffset = offset;
    }
}
