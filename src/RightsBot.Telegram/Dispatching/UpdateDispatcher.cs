using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;

namespace RightsBot.Telegram.Dispatching;

/// <summary>
/// The one pool of workers for Telegram updates, in polling and webhook mode alike: updates of different chats are
/// handled at once by up to <c>Telegram:Workers</c> workers, while the updates of one chat are handled strictly one
/// after another, in the order they were accepted. A busy chat takes its turn behind the others, so one chat's
/// slow answer never holds up another chat.
/// </summary>
internal sealed class UpdateDispatcher : BackgroundService
{
    /// <summary>How many updates may be accepted and not yet handled; past it, webhook mode answers 503 and polling waits.</summary>
    public const int DefaultCapacity = 10_000;

    private readonly Func<Update, CancellationToken, Task> _handle;
    private readonly int _workers;
    private readonly bool _finishWaitingOnStop;
    private readonly ILogger<UpdateDispatcher> _logger;
    private readonly SemaphoreSlim _room;
    private readonly Channel<UpdateLane> _ready = Channel.CreateUnbounded<UpdateLane>();
    private readonly Dictionary<long, UpdateLane> _lanes = [];
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _abort = new();
    private bool _closed;
    private bool _disposed;

    /// <param name="handle">Handles one update; it should log and swallow its own failures.</param>
    /// <param name="workers">How many updates are handled at once.</param>
    /// <param name="finishWaitingOnStop">
    /// Whether a stop also handles the updates still waiting (webhook mode: Telegram has been told they arrived) or
    /// only lets the ones being handled finish (polling mode: Telegram keeps the others for the next start).
    /// </param>
    /// <param name="logger">For handler failures that escaped <paramref name="handle"/>.</param>
    /// <param name="capacity">How many updates may be accepted and not yet handled.</param>
    public UpdateDispatcher(
        Func<Update, CancellationToken, Task> handle, int workers, bool finishWaitingOnStop, ILogger<UpdateDispatcher> logger, int capacity = DefaultCapacity)
    {
        ArgumentNullException.ThrowIfNull(handle);
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _handle = handle;
        _workers = workers;
        _finishWaitingOnStop = finishWaitingOnStop;
        _logger = logger;
        _room = new SemaphoreSlim(capacity, capacity);
    }

    /// <summary>Accepts an update if there is room at once; false when full or stopping (webhook mode then answers 503).</summary>
    public bool TryEnqueue(Update update, Action<Update>? handled = null)
    {
        ArgumentNullException.ThrowIfNull(update);
        return _room.Wait(0) && Add(update, handled);
    }

    /// <summary>Accepts an update, waiting for room first (polling's back-pressure); false when stopping.</summary>
    /// <param name="update">The update.</param>
    /// <param name="handled">Called once the update has been handled (not when a stop cut it short).</param>
    /// <param name="cancellationToken">Gives up waiting for room.</param>
    public async ValueTask<bool> EnqueueAsync(Update update, Action<Update>? handled = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        await _room.WaitAsync(cancellationToken).ConfigureAwait(false);
        return Add(update, handled);
    }

    /// <summary>
    /// Stops accepting updates and starting waiting ones (webhook mode still handles those: Telegram has been told
    /// they arrived). Called when the host begins to stop (SIGTERM), before its StopAsync; safe to call again.
    /// </summary>
    public void StopAccepting() => Close();

    /// <summary>
    /// Stops accepting, lets the updates being handled finish (and, in webhook mode, the waiting ones) while the host's
    /// shutdown timeout allows, then cancels what is still running.
    /// </summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        Close();
        try
        {
            await base.StopAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // The base returns when the workers are done or the timeout has passed. A token registration would not do
            // here: the base's own callback, registered later, runs first and ends this method, and disposing the
            // registration then drops ours before it has run.
            if (cancellationToken.IsCancellationRequested)
            {
                LogCutShort();
                _abort.Cancel();
            }
        }
    }

    public override void Dispose()
    {
        // The container disposes it twice: once as itself, once as the hosted service.
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        // Normally after StopAsync; without one, this ends the workers instead of leaving them waiting.
        _abort.Cancel();
        _abort.Dispose();
        // _room is not disposed: a handler that ignores the cancellation may still give its room back afterwards,
        // and a SemaphoreSlim holds nothing to free unless its wait handle was asked for.
        base.Dispose();
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
        => Task.WhenAll(Enumerable.Range(0, _workers).Select(_ => WorkAsync()));

    private bool Add(Update update, Action<Update>? handled)
    {
        lock (_gate)
        {
            if (_closed)
            {
                _room.Release();
                return false;
            }

            var key = UpdateOrderKey.Of(update);
            if (!_lanes.TryGetValue(key, out var lane))
            {
                // A new lane goes into the ready line; an existing one is there already or held by a worker.
                lane = new UpdateLane(key);
                _lanes.Add(key, lane);
                _ready.Writer.TryWrite(lane);
            }

            lane.Waiting.Enqueue((update, handled));
            return true;
        }
    }

    private void Close()
    {
        lock (_gate)
        {
            _closed = true;
            if (!_finishWaitingOnStop)
            {
                foreach (var lane in _lanes.Values.Where(l => l.Waiting.Count > 0))
                {
                    // Their room goes back, so a caller still waiting for room is told "stopping" rather than left waiting.
                    _room.Release(lane.Waiting.Count);
                    lane.Waiting.Clear();
                }
            }

            CompleteWhenIdle();
        }
    }

    // The operator's one sign that Host:ShutdownSeconds was too short for the answers in flight.
    private void LogCutShort()
    {
        int chats;
        lock (_gate)
        {
            chats = _lanes.Count;
        }

        if (chats > 0)
        {
            _logger.LogWarning(
                "The shutdown time ran out while {Count} Telegram chats were still being answered; those answers are cancelled (in polling mode their updates are fetched again after the restart)",
                chats);
        }
    }

    private async Task WorkAsync()
    {
        await Task.Yield();
        try
        {
            await foreach (var lane in _ready.Reader.ReadAllAsync(_abort.Token).ConfigureAwait(false))
            {
                if (TakeNext(lane) is not { } next)
                {
                    continue;
                }

                var (update, handled) = next;

                try
                {
                    await _handle(update, _abort.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (_abort.IsCancellationRequested)
                {
                    // Cut short by the end of the shutdown timeout: not handled, so not reported as handled.
                    return;
                }
                catch (Exception ex)
                {
                    _logger.LogError(ex, "Handling update {UpdateId} failed", update.Id);
                }

                _room.Release();
                handled?.Invoke(update);
                Return(lane);
            }
        }
        catch (OperationCanceledException) when (_abort.IsCancellationRequested)
        {
        }
    }

    // The lane's oldest update, or null (and the lane dropped) when a stop emptied it while it waited in line.
    private (Update, Action<Update>?)? TakeNext(UpdateLane lane)
    {
        lock (_gate)
        {
            if (lane.Waiting.TryDequeue(out var next))
            {
                return next;
            }

            _lanes.Remove(lane.Key);
            CompleteWhenIdle();
            return null;
        }
    }

    // After one update, a lane with more waiting goes to the back of the line: the other chats get their turn first.
    private void Return(UpdateLane lane)
    {
        lock (_gate)
        {
            if (lane.Waiting.Count > 0)
            {
                _ready.Writer.TryWrite(lane);
                return;
            }

            _lanes.Remove(lane.Key);
            CompleteWhenIdle();
        }
    }

    private void CompleteWhenIdle()
    {
        if (_closed && _lanes.Count == 0)
        {
            _ready.Writer.TryComplete();
        }
    }
}
