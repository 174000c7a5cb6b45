using System.Diagnostics.Metrics;
using RightsBot.Core.Answering;

namespace RightsBot.Core.Metrics;

/// <summary>
/// RightsBot's instruments on the <see cref="RightsBotMeter.Name"/> meter (System.Diagnostics.Metrics: nothing is
/// kept unless an exporter listens). Instrument names follow OpenTelemetry's conventions; the Prometheus exporter
/// turns them into rightsbot_answers_total, rightsbot_answer_duration_seconds, rightsbot_refusals_total and
/// rightsbot_summaries_total.
/// </summary>
internal sealed class AnswerMetrics : IAnswerMetrics
{
    // From a quick answer of the lexical index to a slow summary (Summarization:TimeoutSeconds is 15 by default).
    private static readonly double[] DurationBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

    private readonly Counter<long> _answers;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _refusals;
    private readonly Counter<long> _summaries;
    private readonly TimeProvider _time;

    public AnswerMetrics(IMeterFactory meterFactory, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _time = time;
        var meter = meterFactory.Create(RightsBotMeter.Name);
        _answers = meter.CreateCounter<long>("rightsbot.answers", "{answer}", "Questions settled, by channel and status (answered, not_covered, rejected, rate_limited).");
        _duration = meter.CreateHistogram("rightsbot.answer.duration", "s", "Time from a question reaching the core to its final answer, by channel.",
            tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
        _refusals = meter.CreateCounter<long>("rightsbot.refusals", "{answer}", "Answers that the reports do not cover, by reason.");
        _summaries = meter.CreateCounter<long>("rightsbot.summaries", "{answer}", "Answered questions by what became of their summary (used, fallback_error, fallback_timeout, fallback_check, off).");
    }

    public AnswerTimer Start(ChatChannel channel) => new((answer, elapsed) => Record(channel, answer, elapsed), _time);

    public void CountRejected(ChatChannel channel) => CountAnswer(channel, "rejected");

    public void CountRateLimited(ChatChannel channel) => CountAnswer(channel, "rate_limited");

    public void CountSummary(SummaryOutcome outcome) => _summaries.Add(1, new KeyValuePair<string, object?>("outcome", LabelOf(outcome)));

    internal static string LabelOf(AnswerStatus status) => status switch
    {
        AnswerStatus.Answered => "answered",
        AnswerStatus.NotCovered => "not_covered",
        AnswerStatus.Rejected => "rejected",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    internal static string LabelOf(RefusalReason reason) => reason switch
    {
        RefusalReason.NotCovered => "not_covered",
        RefusalReason.NoFigure => "no_figure",
        RefusalReason.AbsentName => "absent_name",
        RefusalReason.Referral => "referral",
        RefusalReason.NoReport => "no_report",
        RefusalReason.NothingMore => "nothing_more",
        RefusalReason.NotUnderstood => "not_understood",
        _ => throw new ArgumentOutOfRangeException(nameof(reason)),
    };

    internal static string LabelOf(SummaryOutcome outcome) => outcome switch
    {
        SummaryOutcome.Used => "used",
        SummaryOutcome.FallbackError => "fallback_error",
        SummaryOutcome.FallbackTimeout => "fallback_timeout",
        SummaryOutcome.FallbackCheck => "fallback_check",
        SummaryOutcome.Off => "off",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };

    private void Record(ChatChannel channel, Answer answer, TimeSpan elapsed)
    {
        CountAnswer(channel, LabelOf(answer.Status));
        _duration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>(RightsBotMeter.ChannelLabel, RightsBotMeter.LabelOf(channel)));
        if (answer.Status == AnswerStatus.NotCovered)
        {
            _refusals.Add(1, new KeyValuePair<string, object?>("reason", LabelOf(answer.Refusal ?? RefusalReason.NotCovered)));
        }
    }

    private void CountAnswer(ChatChannel channel, string status)
        => _answers.Add(1, new KeyValuePair<string, object?>(RightsBotMeter.ChannelLabel, RightsBotMeter.LabelOf(channel)), new KeyValuePair<string, object?>("status", status));
}
