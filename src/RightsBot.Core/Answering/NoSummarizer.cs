namespace RightsBot.Core.Answering;

/// <summary>The default: summarization off.</summary>
internal sealed class NoSummarizer : IAnswerSummarizer, IStreamingAnswerSummarizer
{
    public bool IsEnabled => false;

    public Task<string?> SummarizeAsync(Question question, IReadOnlyList<AnswerSource> sources, CancellationToken cancellationToken = default)
        => Task.FromResult<string?>(null);

    public IAsyncEnumerable<SummaryUpdate> StreamSummaryAsync(Question question, IReadOnlyList<AnswerSource> sources, CancellationToken cancellationToken = default)
        => AsyncEnumerable.Empty<SummaryUpdate>();
}
