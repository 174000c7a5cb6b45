using Microsoft.Extensions.Time.Testing;

namespace RightsBot.TestSupport;

/// <summary>Moves a <see cref="FakeTimeProvider"/> forward until something the code under test waits for has happened.</summary>
public static class FakeClockSteps
{
    // Fine enough to measure a wait to a tenth of a second.
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);

    // Real time between steps, for the code under test to reach its next wait before the clock moves on.
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(10);

    // Fake time after which what is awaited is taken never to come.
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    /// <summary>Advances the clock in small steps until <paramref name="arrived"/> holds; returns how much fake time that took.</summary>
    public static async Task<TimeSpan> AdvanceUntilAsync(this FakeTimeProvider time, Func<bool> arrived)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(arrived);
        var advanced = TimeSpan.Zero;
        while (!arrived())
        {
            if (advanced >= Limit)
            {
                throw new TimeoutException($"nothing arrived within {Limit} of fake time");
            }

            await Task.Delay(Pause).ConfigureAwait(false);
            time.Advance(Step);
            advanced += Step;
        }

        return advanced;
    }
}
