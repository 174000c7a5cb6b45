namespace RightsBot.Core.Answering;

/// <summary>The one answering service every front end (console, Telegram, Discord) calls.</summary>
public interface IQuestionAnswerer
{
    /// <summary>Answers a question from the corpus, or says it is not covered, or rejects bad input.</summary>
    Task<Answer> AnswerAsync(Question question, CancellationToken cancellationToken = default);

    /// <summary>
    /// The answer as it grows: partial summaries (<see cref="Answer.Partial"/>) while a model writes, then the
    /// final answer. Without streaming summarization, just the final answer.
    /// </summary>
    async IAsyncEnumerable<Answer> AnswerStreamingAsync(Question question, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        yield return await AnswerAsync(question, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The passages that answer a question, without a summary (inline results and other places that show only
    /// sources): the same as <see cref="AnswerAsync"/> but never calls a model.
    /// </summary>
    Task<Answer> FindSourcesAsync(Question question, CancellationToken cancellationToken = default)
        => AnswerAsync(question, cancellationToken);

    /// <summary>The full passage behind a source id, or null when the id is unknown.</summary>
    Task<PassageView?> GetPassageAsync(string passageId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The country a typed name means, as <see cref="GetReportsAsync"/> names it ("Kyrgyzstan" → "Kyrgyz Republic",
    /// "turkiye", "the gambia"), or null when the corpus has no report of it. For pickers and settings.
    /// </summary>
    Task<string?> FindCountryAsync(string name, CancellationToken cancellationToken = default) => Task.FromResult<string?>(null);

    /// <summary>The reports in the corpus, ordered by country then year.</summary>
    Task<IReadOnlyList<ReportInfo>> GetReportsAsync(CancellationToken cancellationToken = default);
}
