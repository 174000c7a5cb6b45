using System.Runtime.CompilerServices;
using RightsBot.Core.Answering;

namespace RightsBot.Core.Metrics;

/// <summary>
/// Times one question from the moment a front end hands it to the core to its final answer, and counts that answer
/// once (its status, and for "not covered" its reason) with the time it took.
/// </summary>
public sealed class AnswerTimer
{
    private readonly Action<Answer, TimeSpan> _record;
    private readonly TimeProvider _time;
    private readonly long _started;
    private int _stopped;

    /// <param name="record">Counts the answer and its time (an <see cref="IAnswerMetrics"/> implementation).</param>
    /// <param name="time">The clock the time is taken on.</param>
    public AnswerTimer(Action<Answer, TimeSpan> record, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(time);
        _record = record;
        _time = time;
        _started = time.GetTimestamp();
    }

    /// <summary>Counts <paramref name="answer"/> with the time since the start; later calls count nothing.</summary>
    public void Stop(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (Interlocked.Exchange(ref _stopped, 1) == 0)
        {
            _record(answer, _time.GetElapsedTime(_started));
        }
    }

    /// <summary>The answer of <paramref name="answering"/>, counted when it is ready.</summary>
    public async Task<Answer> TimeAsync(Task<Answer> answering)
    {
        ArgumentNullException.ThrowIfNull(answering);
        var answer = await answering.ConfigureAwait(false);
        Stop(answer);
        return answer;
    }

    /// <summary>
    /// Passes a growing answer on as it comes; the final (not partial) one is counted as it arrives, whatever the
    /// reader then does with it.
    /// </summary>
    public async IAsyncEnumerable<Answer> TimeAsync(IAsyncEnumerable<Answer> answers, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answers);
        await foreach (var answer in answers.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (!answer.Partial)
            {
                Stop(answer);
            }

            yield return answer;
        }
    }
}
