using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Time.Testing;
using RightsBot.Core.Answering;
using RightsBot.Core.Metrics;

namespace RightsBot.Core.Tests.Metrics;

public sealed class AnswerMetricsTests : IDisposable
{
    private readonly TestMeters _meters = new();
    private readonly FakeTimeProvider _time = new();
    private readonly MetricCollector<long> _answers;
    private readonly MetricCollector<double> _durations;
    private readonly MetricCollector<long> _refusals;
    private readonly AnswerMetrics _metrics;

    public AnswerMetricsTests()
    {
        _answers = _meters.Collect("rightsbot.answers");
        _durations = _meters.Collect<double>("rightsbot.answer.duration");
        _refusals = _meters.Collect("rightsbot.refusals");
        _metrics = _meters.Answers(_time);
    }

    public void Dispose()
    {
        _answers.Dispose();
        _durations.Dispose();
        _refusals.Dispose();
        _meters.Dispose();
    }

    [Fact]
    public void Start_StoppedWithAnswers_CountsEachByChannelAndStatusWithItsTime()
    {
        var timer = _metrics.Start(ChatChannel.Telegram);
        _time.Advance(TimeSpan.FromMilliseconds(250));
        timer.Stop(Answer(AnswerStatus.Answered));
        _metrics.Start(ChatChannel.Discord).Stop(Answer(AnswerStatus.NotCovered) with { Refusal = RefusalReason.NoFigure });
        _metrics.Start(ChatChannel.Console).Stop(Answer(AnswerStatus.Rejected));

        Assert.Equal(["telegram answered", "discord not_covered", "console rejected"], _answers.GetMeasurementSnapshot().Select(m => $"{m.Tags["channel"]} {m.Tags["status"]}"));
        Assert.Equal(["telegram 0.25", "discord 0", "console 0"], _durations.GetMeasurementSnapshot().Select(m => $"{m.Tags["channel"]} {m.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
        Assert.Equal(["no_figure"], _refusals.GetMeasurementSnapshot().Select(m => m.Tags["reason"]));
    }

    [Fact]
    public void Stop_Twice_CountsOnce()
    {
        var timer = _metrics.Start(ChatChannel.Console);

        timer.Stop(Answer(AnswerStatus.Answered));
        timer.Stop(Answer(AnswerStatus.NotCovered));

        Assert.Equal(["answered"], _answers.GetMeasurementSnapshot().Select(m => m.Tags["status"]));
    }

    [Fact]
    public async Task TimeAsync_GrowingAnswer_CountsTheFinalOneOnceAsItArrives()
    {
        var timer = _metrics.Start(ChatChannel.Telegram);
        var seen = new List<string>();

        await foreach (var answer in timer.TimeAsync(Growing()))
        {
            seen.Add($"{answer.Partial} {_answers.GetMeasurementSnapshot().Count}");
        }

        // Counted before the reader gets the final answer: a reader that stops there still has it counted.
        Assert.Equal(["True 0", "True 0", "False 1"], seen);
    }

    [Fact]
    public void CountRejectedAndRateLimited_CountedWithoutTimeOrReason()
    {
        _metrics.CountRejected(ChatChannel.Discord);
        _metrics.CountRateLimited(ChatChannel.Telegram);

        Assert.Equal(["discord rejected", "telegram rate_limited"], _answers.GetMeasurementSnapshot().Select(m => $"{m.Tags["channel"]} {m.Tags["status"]}"));
        Assert.Empty(_durations.GetMeasurementSnapshot());
        Assert.Empty(_refusals.GetMeasurementSnapshot());
    }

    [Theory]
    [InlineData(SummaryOutcome.Used, "used")]
    [InlineData(SummaryOutcome.FallbackError, "fallback_error")]
    [InlineData(SummaryOutcome.FallbackTimeout, "fallback_timeout")]
    [InlineData(SummaryOutcome.FallbackCheck, "fallback_check")]
    [InlineData(SummaryOutcome.Off, "off")]
    public void CountSummary_Outcome_ItsLabel(SummaryOutcome outcome, string label)
    {
        using var summaries = _meters.Collect("rightsbot.summaries");

        _metrics.CountSummary(outcome);

        Assert.Equal([label], summaries.GetMeasurementSnapshot().Select(m => m.Tags["outcome"]));
    }

    [Theory]
    [InlineData(RefusalReason.NotCovered, "not_covered")]
    [InlineData(RefusalReason.NoFigure, "no_figure")]
    [InlineData(RefusalReason.AbsentName, "absent_name")]
    [InlineData(RefusalReason.Referral, "referral")]
    [InlineData(RefusalReason.NoReport, "no_report")]
    [InlineData(RefusalReason.NothingMore, "nothing_more")]
    public void LabelOf_RefusalReason_SnakeCase(RefusalReason reason, string label) => Assert.Equal(label, AnswerMetrics.LabelOf(reason));

    [Fact]
    public void Labels_EveryEnumValue_HasOneOfItsOwn()
    {
        // A value added to an enum without a label would throw when first counted, in production.
        Assert.Equal(Enum.GetValues<ChatChannel>().Length, Enum.GetValues<ChatChannel>().Select(RightsBotMeter.LabelOf).Distinct().Count());
        Assert.Equal(Enum.GetValues<AnswerStatus>().Length, Enum.GetValues<AnswerStatus>().Select(AnswerMetrics.LabelOf).Distinct().Count());
        Assert.Equal(Enum.GetValues<RefusalReason>().Length, Enum.GetValues<RefusalReason>().Select(AnswerMetrics.LabelOf).Distinct().Count());
        Assert.Equal(Enum.GetValues<SummaryOutcome>().Length, Enum.GetValues<SummaryOutcome>().Select(AnswerMetrics.LabelOf).Distinct().Count());
    }

    private static Answer Answer(AnswerStatus status) => new(status, "text", []);

    private static async IAsyncEnumerable<Answer> Growing()
    {
        await Task.Yield();
        yield return Answer(AnswerStatus.Answered) with { Partial = true };
        yield return Answer(AnswerStatus.Answered) with { Partial = true };
        yield return Answer(AnswerStatus.Answered);
    }
}
