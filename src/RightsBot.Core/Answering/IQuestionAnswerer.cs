namespace RightsBot.Core.Answering;

/// <summary>The one answering service every front end (console, Telegram, Discord) calls.</summary>
public interface IQuestionAnswerer
{
    /// <summary>Answers a question from the corpus, or says it is not covered, or rejects bad input.</summary>
    Task<Answer> AnswerAsync(Question question, CancellationToken cancellationToken = default);

    /// <summary>The full passage behind a source id, or null when the id is unknown.</summary>
    Task<PassageView?> GetPassageAsync(string passageId, CancellationToken cancellationToken = default);

    /// <summary>The reports in the corpus, ordered by country then year.</summary>
    Task<IReadOnlyList<ReportInfo>> GetReportsAsync(CancellationToken cancellationToken = default);
}
