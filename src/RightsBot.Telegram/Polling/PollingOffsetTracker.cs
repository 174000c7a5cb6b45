namespace RightsBot.Telegram.Polling;

/// <summary>
/// The getUpdates offset while updates are handled concurrently: the lowest update id not yet finished, or, with
/// none in flight, the one after the last update seen. Telegram forgets every update below the offset it is sent,
/// and the same offset is what a restart starts from, so neither ever moves past an unfinished update: a crash
/// (even kill -9) loses nothing and repeats at most the updates fetched since the oldest unfinished one.
/// </summary>
internal sealed class PollingOffsetTracker
{
    private readonly SortedSet<int> _unfinished = [];
    private readonly Action<int> _persist;
    private readonly Lock _gate = new();
    private int? _seenEnd;
    private int? _persisted;

    /// <param name="start">The saved offset, or null to start from whatever Telegram holds.</param>
    /// <param name="persist">Saves an offset; called under a lock, each time with a higher one.</param>
    public PollingOffsetTracker(int? start, Action<int> persist)
    {
        _seenEnd = start;
        _persisted = start;
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

    /// <summary>Whether any accepted update is not finished yet (getUpdates then returns those again at once).</summary>
    public bool HasUnfinished
    {
        get
        {
            lock (_gate)
            {
                return _unfinished.Count > 0;
            }
        }
    }

    private int? SafeOffset => _unfinished.Count > 0 ? _unfinished.Min : _seenEnd;

    /// <summary>
    /// True for an update not seen before, which is then unfinished until <see cref="Finish"/>; false for one seen
    /// already (unfinished updates come back in every batch, and some servers ignore the offset).
    /// </summary>
    public bool TryAccept(int updateId)
    {
        lock (_gate)
        {
            if (updateId < _seenEnd)
            {
                return false;
            }

            _unfinished.Add(updateId);
            _seenEnd = updateId + 1;
            PersistIfAdvanced();
            return true;
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
                PersistIfAdvanced();
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
                PersistIfAdvanced();
            }
        }
    }

    private void PersistIfAdvanced()
    {
        if (SafeOffset is { } offset && (_persisted is null || offset > _persisted))
        {
            _persist(offset);
            _persisted = offset;
        }
    }
}
