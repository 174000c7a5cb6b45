using System.Collections.Concurrent;
using Telegram.Bot.Types;

namespace RightsBot.Telegram.Tests.Dispatching;

/// <summary>
/// A hand-written update handler for dispatcher tests: each update's handling starts, then waits until the test
/// releases it, so a test decides which update finishes when and sees which ones run at the same time.
/// </summary>
internal sealed class GatedHandler
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly ConcurrentDictionary<int, TaskCompletionSource> _gates = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource> _started = new();
    private readonly Lock _gate = new();
    private readonly List<int> _startOrder = [];
    private readonly List<int> _finishOrder = [];
    private int _running;

    /// <summary>The most updates that were being handled at the same moment.</summary>
    public int MostAtOnce { get; private set; }

    public IReadOnlyList<int> StartOrder
    {
        get
        {
            lock (_gate)
            {
                return [.. _startOrder];
            }
        }
    }

    public IReadOnlyList<int> FinishOrder
    {
        get
        {
            lock (_gate)
            {
                return [.. _finishOrder];
            }
        }
    }

    public async Task HandleAsync(Update update, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _startOrder.Add(update.Id);
            MostAtOnce = Math.Max(MostAtOnce, ++_running);
        }

        Started(update.Id).TrySetResult();
        try
        {
            await Gate(update.Id).Task.WaitAsync(cancellationToken);
        }
        finally
        {
            lock (_gate)
            {
                _running--;
                _finishOrder.Add(update.Id);
            }
        }
    }

    /// <summary>Lets the handling of this update end (before or after it started).</summary>
    public void Release(int updateId) => Gate(updateId).TrySetResult();

    /// <summary>Completes once this update's handling has started; fails the test after a while.</summary>
    public Task WaitStartedAsync(int updateId) => Started(updateId).Task.WaitAsync(Patience);

    public bool HasStarted(int updateId) => Started(updateId).Task.IsCompleted;

    private TaskCompletionSource Gate(int id) => _gates.GetOrAdd(id, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    private TaskCompletionSource Started(int id) => _started.GetOrAdd(id, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
