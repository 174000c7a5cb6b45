using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using RightsBot.Core.Answering;

namespace RightsBot.Telegram.Tests.Fakes;

/// <summary>A hand-written core stand-in: answers every question with the configured answer and records what it was asked.</summary>
internal sealed class FakeQuestionAnswerer : IQuestionAnswerer
{
    public static readonly AnswerSource KazakhstanSource = new(
        1, "kz2016-p42", "Kazakhstan", 2016, "Section 1. Respect for the Integrity of the Person › c. Torture",
        0.8, "The Prosecutor General's Office registered 700 complaints of torture in 2015 & <some> more.");

    public Func<Question, Answer> Respond { get; set; } = _ => new Answer(
        AnswerStatus.Answered, "About 700 torture complaints were registered [1].", [KazakhstanSource]);

    public ConcurrentQueue<Question> Questions { get; } = new();

    /// <summary>When set, AnswerStreamingAsync plays these answers (partial summaries, then the final one).</summary>
    public Func<Question, IAsyncEnumerable<Answer>>? Stream { get; set; }

    public IReadOnlyList<ReportInfo> Reports { get; set; } =
        [new("Brazil", 2016, "Brazil 2016 Human Rights Report", 200), new("Kazakhstan", 2016, "Kazakhstan 2016 Human Rights Report", 230)];

    public Task<Answer> AnswerAsync(Question question, CancellationToken cancellationToken = default)
    {
        Questions.Enqueue(question);
        return Task.FromResult(Respond(question));
    }

    public async IAsyncEnumerable<Answer> AnswerStreamingAsync(Question question, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (Stream is null)
        {
            yield return await AnswerAsync(question, cancellationToken);
            yield break;
        }

        Questions.Enqueue(question);
        await foreach (var answer in Stream(question).WithCancellation(cancellationToken))
        {
            yield return answer;
        }
    }

    /// <summary>A slow answer for <see cref="Stream"/>: the default answer once <paramref name="released"/> completes, unless cancelled first.</summary>
    public static async IAsyncEnumerable<Answer> AnswerWhenReleasedAsync(Task released, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await released.WaitAsync(cancellationToken);
        yield return new Answer(AnswerStatus.Answered, "About 700 torture complaints were registered [1].", [KazakhstanSource]);
    }

    public Task<PassageView?> GetPassageAsync(string passageId, CancellationToken cancellationToken = default)
        => Task.FromResult(passageId == KazakhstanSource.PassageId
            ? new PassageView(passageId, KazakhstanSource.Country, KazakhstanSource.Year, KazakhstanSource.Section, KazakhstanSource.Text)
            : null);

    /// <summary>When set, GetReportsAsync throws it (a core failure in the middle of handling an update).</summary>
    public Exception? ReportsFailure { get; set; }

    public Task<IReadOnlyList<ReportInfo>> GetReportsAsync(CancellationToken cancellationToken = default)
        => ReportsFailure is null ? Task.FromResult(Reports) : Task.FromException<IReadOnlyList<ReportInfo>>(ReportsFailure);
}
