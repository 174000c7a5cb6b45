using System.Collections.Concurrent;
using RightsBot.Core.Metrics;

namespace RightsBot.Telegram.Tests.Fakes;

/// <summary>Records what the adapter counts, as "channel status" lines in order (statuses as the enums name them).</summary>
internal sealed class RecordingAnswerMetrics : IAnswerMetrics
{
    public ConcurrentQueue<string> Counted { get; } = new();

    public AnswerTimer Start(ChatChannel channel) => new((answer, _) => Counted.Enqueue($"{channel} {answer.Status}"), TimeProvider.System);

    public void CountRejected(ChatChannel channel) => Counted.Enqueue($"{channel} Rejected");

    public void CountRateLimited(ChatChannel channel) => Counted.Enqueue($"{channel} RateLimited");

    public void CountSummary(SummaryOutcome outcome) => Counted.Enqueue($"summary {outcome}");
}
