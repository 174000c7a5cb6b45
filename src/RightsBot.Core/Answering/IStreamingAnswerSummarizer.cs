namespace RightsBot.Core.Answering;

/// <summary>A summarizer that hands out the summary while it grows (Telegram message edits, console printing).</summary>
public interface IStreamingAnswerSummarizer
{
    /// <summary>False when summarization is switched off; callers then never call it.</summary>
    bool IsEnabled { get; }

    /// <summary>
    /// Streams a summary citing the given sources as [n] (n = position in <paramref name="sources"/>, 1-based).
    /// Every update but the last is <see cref="SummaryUpdateKind.Partial"/>; the last one is either
    /// <see cref="SummaryUpdateKind.Completed"/> (the checked summary) or <see cref="SummaryUpdateKind.Failed"/>
    /// (show the extractive answer instead). Endpoint faults, timeouts and cancellation end in Failed, never in an exception.
    /// </summary>
    IAsyncEnumerable<SummaryUpdate> StreamSummaryAsync(
        Question question,
        IReadOnlyList<AnswerSource> sources,
        CancellationToken cancellationToken = default);
}
