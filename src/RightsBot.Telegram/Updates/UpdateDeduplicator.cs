namespace RightsBot.Telegram.Updates;

/// <summary>Remembers the most recent update ids so a redelivered webhook update is handled once.</summary>
internal sealed class UpdateDeduplicator
{
    public const int DefaultCapacity = 10_000;
    private readonly int _capacity;
    private readonly HashSet<int> _seen = [];
    private readonly Queue<int> _order = new();
    private readonly Lock _gate = new();

    public UpdateDeduplicator(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
    }

    /// <summary>True the first time an id is seen; false for a repeat.</summary>
    public bool TryMarkNew(int updateId)
    {
        lock (_gate)
        {
            if (!_seen.Add(updateId))
            {
                return false;
            }

            _order.Enqueue(updateId);
            while (_order.Count > _capacity)
            {
                _seen.Remove(_order.Dequeue());
            }

            return true;
        }
    }

    /// <summary>Forgets an id that could not be accepted after all, so Telegram's retry is handled.</summary>
    public void Forget(int updateId)
    {
        lock (_gate)
        {
            _seen.Remove(updateId);
        }
    }
}
