using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using RightsBot.Telegram.Polling;
using RightsBot.Telegram.Tests.Fakes;

namespace RightsBot.Telegram.Tests.Polling;

public sealed class GetUpdatesRetryTests : IDisposable
{
    private readonly FakeTimeProvider _time = new();
    private readonly CapturingLoggerProvider _logs = new();

    [Fact]
    public async Task Create_CallFailsThreeTimes_RetriedOnTheTimeProviderUntilItSucceeds()
    {
        var pipeline = GetUpdatesRetry.Create(_time, _logs.CreateLogger("polling"));
        var calls = 0;

        var run = pipeline.ExecuteAsync(_ => ++calls <= 3 ? throw new HttpRequestException("down") : ValueTask.FromResult(calls)).AsTask();
        await AdvanceUntilAsync(run);

        Assert.Equal(4, await run);
        Assert.Equal(3, Delays().Count);
    }

    [Fact]
    public async Task Create_ManyFailures_EveryWaitAtMostThirtySecondsAndTheyGrow()
    {
        var pipeline = GetUpdatesRetry.Create(_time, _logs.CreateLogger("polling"));
        var calls = 0;

        var run = pipeline.ExecuteAsync(_ => ++calls <= 12 ? throw new TaskCanceledException("client timeout") : ValueTask.FromResult(calls)).AsTask();
        await AdvanceUntilAsync(run);

        var delays = Delays();
        Assert.Equal(12, delays.Count);
        Assert.All(delays, d => Assert.InRange(d, TimeSpan.Zero, GetUpdatesRetry.MaxDelay));
        Assert.True(delays.Take(2).Average(d => d.TotalSeconds) < delays.TakeLast(4).Average(d => d.TotalSeconds), string.Join(", ", delays));
        Assert.All(_logs.Entries, e => Assert.StartsWith("getUpdates failed (", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Create_HostStopsWhileWaiting_CancelledAndNotRetried()
    {
        var pipeline = GetUpdatesRetry.Create(_time, _logs.CreateLogger("polling"));
        using var stopping = new CancellationTokenSource();
        var calls = 0;

        var run = pipeline.ExecuteAsync(
            token =>
            {
                calls++;
                stopping.Cancel();
                token.ThrowIfCancellationRequested();
                return ValueTask.FromResult(0);
            },
            stopping.Token).AsTask();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.Equal(1, calls);
        Assert.Empty(_logs.Entries);
    }

    public void Dispose() => _logs.Dispose();

    // Moves the fake clock a second at a time while the pipeline waits, so every jittered delay elapses.
    private async Task AdvanceUntilAsync(Task run)
    {
        for (var i = 0; i < 10_000 && !run.IsCompleted; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(1);
        }

        Assert.True(run.IsCompleted);
    }

    private List<TimeSpan> Delays() => _logs.Entries
        .Where(e => e.Level == LogLevel.Warning)
        .Select(e => TimeSpan.Parse(e.Message[(e.Message.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture))
        .ToList();
}
