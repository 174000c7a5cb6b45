using RightsBot.Core.Answering;

namespace RightsBot.Summarization.Tests.Fakes;

/// <summary>Stands in for the core's own no-op summarizer registration.</summary>
internal sealed class DefaultSummarizer : IAnswerSummarizer
{
    public bool IsEnabled => false;

    public Task<string?> SummarizeAsync(Question question, IReadOnlyList<AnswerSource> sources, CancellationToken cancellationToken = default)
        => Task.FromResult<string?>(null);
}
