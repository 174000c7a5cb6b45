using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using RightsBot.Core.Answering.Comparison;
using RightsBot.Core.Answering.Pipeline;
using RightsBot.Core.Metrics;
using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Answering;

/// <summary>
/// The answering service every front end and eval call: runs the question through the one
/// <see cref="AnsweringPipeline"/>, then, when a summarizer is on, puts its summary above the same sources.
/// </summary>
internal sealed class QuestionAnswerer(
    AnsweringPipeline pipeline,
    ComparisonAnswerer comparisons,
    PassageIndexProvider indexProvider,
    IAnswerSummarizer summarizer,
    IStreamingAnswerSummarizer streamingSummarizer,
    IOptions<AnswerOptions> answerOptions,
    IAnswerMetrics metrics) : IQuestionAnswerer
{
    // Asked to compare, the model gets the same question with this said, and the sources labelled by report.
    private const string CompareInstruction = " (Compare the reports year by year, or country by country, oldest year first, citing each report's own source; say when a report does not discuss it.)";

    public async Task<Answer> AnswerAsync(Question question, CancellationToken cancellationToken = default)
    {
        if (await comparisons.TryAnswerAsync(question, cancellationToken).ConfigureAwait(false) is { } compared)
        {
            return await SummarizeComparisonAsync(question, compared, cancellationToken).ConfigureAwait(false);
        }

        var result = await pipeline.RunAsync(new AnswerRequest(question), cancellationToken).ConfigureAwait(false);
        var answer = result.Answer;
        if (!answer.Answered || !SummaryOn())
        {
            return answer;
        }

        var summary = await summarizer.SummarizeAsync(question with { Text = result.CleanedText }, answer.Sources, cancellationToken).ConfigureAwait(false);
        return string.IsNullOrWhiteSpace(summary) ? answer : answer with { Text = WithYearNote(answer, summary), Summarized = true };
    }

    public async Task<Answer> FindSourcesAsync(Question question, CancellationToken cancellationToken = default)
        => await comparisons.TryAnswerAsync(question, cancellationToken).ConfigureAwait(false)
            ?? (await pipeline.RunAsync(new AnswerRequest(question), cancellationToken).ConfigureAwait(false)).Answer;

    /// <summary>
    /// The pipeline's whole result, for eval: the same path as an answer, keeping <paramref name="request"/>'s
    /// depth of ranked passages and the evidence behind the decision. Never summarizes.
    /// </summary>
    public Task<PipelineResult> RunAsync(AnswerRequest request, CancellationToken cancellationToken = default)
        => pipeline.RunAsync(request, cancellationToken);

    /// <summary>True when users asking this get a comparison rather than one ranking (for eval's plain questions).</summary>
    public bool AsksComparison(PassageIndex index, Question question) => comparisons.Plan(index, question) is not null;

    public async IAsyncEnumerable<Answer> AnswerStreamingAsync(Question question, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!streamingSummarizer.IsEnabled)
        {
            yield return await AnswerAsync(question, cancellationToken).ConfigureAwait(false);
            yield break;
        }

        // A comparison's summary comes whole: it is checked against every report's sources at once.
        if (await comparisons.TryAnswerAsync(question, cancellationToken).ConfigureAwait(false) is { } compared)
        {
            yield return await SummarizeComparisonAsync(question, compared, cancellationToken).ConfigureAwait(false);
            yield break;
        }

        var result = await pipeline.RunAsync(new AnswerRequest(question), cancellationToken).ConfigureAwait(false);
        var answer = result.Answer;
        if (!answer.Answered)
        {
            yield return answer;
            yield break;
        }

        await foreach (var update in streamingSummarizer.StreamSummaryAsync(question with { Text = result.CleanedText }, answer.Sources, cancellationToken).ConfigureAwait(false))
        {
            switch (update.Kind)
            {
                case SummaryUpdateKind.Partial:
                    yield return answer with { Text = WithYearNote(answer, update.Text), Summarized = true, Partial = true };
                    break;
                case SummaryUpdateKind.Completed:
                    yield return answer with { Text = WithYearNote(answer, update.Text), Summarized = true };
                    yield break;
                default:
                    yield return answer;
                    yield break;
            }
        }

        // A stream that ended without saying how: the extractive answer is always safe.
        yield return answer;
    }

    public async Task<PassageView?> GetPassageAsync(string passageId, CancellationToken cancellationToken = default)
    {
        var index = await indexProvider.GetAsync(cancellationToken).ConfigureAwait(false);
        var i = index.Corpus.IndexOf(passageId ?? string.Empty);
        if (i < 0)
        {
            return null;
        }

        var p = index.Corpus.Passages[i];
        var r = index.Corpus.Reports[p.ReportIndex];
        return new PassageView(p.Id, r.Country, r.Year, SectionLabel.Format(p.SectionPath), p.Text,
            PassageLink.For(index.Corpus, i, answerOptions.Value.LinkWords));
    }

    public async Task<string?> FindCountryAsync(string name, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
        {
            return null;
        }

        var index = await indexProvider.GetAsync(cancellationToken).ConfigureAwait(false);
        return index.Scope.CountryKeyFor(name.Trim()) is { } key ? index.Scope.DisplayNameOf(key) : null;
    }

    public async Task<IReadOnlyList<ReportInfo>> GetReportsAsync(CancellationToken cancellationToken = default)
    {
        var index = await indexProvider.GetAsync(cancellationToken).ConfigureAwait(false);
        // One name a country, though its reports' titles differ by year ("Turkey", "Turkey (Türkiye)").
        return ReportInfos.Of(index);
    }

    // The per-report lines stay in Comparison; the text becomes the model's comparison when it passes the checks.
    private async Task<Answer> SummarizeComparisonAsync(Question question, Answer compared, CancellationToken cancellationToken)
    {
        if (!compared.Answered || !SummaryOn())
        {
            return compared;
        }

        var asked = question with { Text = QuestionValidator.Clean(question.Text) + CompareInstruction };
        var summary = await summarizer.SummarizeAsync(asked, compared.Sources, cancellationToken).ConfigureAwait(false);
        return string.IsNullOrWhiteSpace(summary) ? compared : compared with { Text = summary, Summarized = true };
    }

    // For an answered question: whether a summary is tried. When it is, the summarizer counts what became of it.
    private bool SummaryOn()
    {
        if (!summarizer.IsEnabled)
        {
            metrics.CountSummary(SummaryOutcome.Off);
        }

        return summarizer.IsEnabled;
    }

    private static string WithYearNote(Answer answer, string text) => answer.YearNote is { } note ? $"{note} {text}" : text;
}
