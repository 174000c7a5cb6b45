namespace RightsBot.Core.Answering;

/// <summary>Turns the retrieved passages into a short cited summary (optional; see RightsBot.Summarization).</summary>
public interface IAnswerSummarizer
{
    /// <summary>False when summarization is switched off; the answerer then never calls it.</summary>
    bool IsEnabled { get; }

    /// <summary>
    /// A summary citing the given sources as [n], or null when none could be had (failure, timeout, a reply
    /// that does not cite the sources): the caller then keeps the extractive answer.
    /// </summary>
    Task<string?> SummarizeAsync(Question question, IReadOnlyList<AnswerSource> sources, CancellationToken cancellationToken = default);
}
