using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RightsBot.Core.Corpus;
using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Answering;

/// <summary>
/// The answering service: checks the question, decides which reports it is about, retrieves passages, and
/// composes a cited answer (extractive, or summarized when a summarizer is on) or says it is not covered.
/// </summary>
internal sealed class QuestionAnswerer(
    PassageIndexProvider indexProvider,
    IAnswerSummarizer summarizer,
    IStreamingAnswerSummarizer streamingSummarizer,
    IQuestionTranslator translator,
    IOptions<RetrievalOptions> retrievalOptions,
    IOptions<LimitsOptions> limitsOptions,
    IOptions<CorpusOptions> corpusOptions,
    ILogger<QuestionAnswerer> logger) : IQuestionAnswerer
{
    public const string NotCoveredText = "The reports I have do not seem to cover that.";

    public const string NoFigureText = "The reports I have do not seem to give that figure.";

    // Hybrid mode names the nearest sections of a refused question only when its closest sentence is at least this
    // similar: questions off the reports' topics ("whats the best pizza recipe", "how do i fix my bike") score
    // 0.17–0.21, casual questions the cut wrongly refuses 0.32–0.44 (the chat-style held-out sets).
    private const double NearestMinSimilarity = 0.3;

    public const string EnglishWorksBest = "Questions in English work best: the reports are in English.";

    private const double RelativeSourceCutoff = 0.4;

    public async Task<Answer> AnswerAsync(Question question, CancellationToken cancellationToken = default)
    {
        var (answer, cleaned) = await PrepareAsync(question, cancellationToken).ConfigureAwait(false);
        if (!answer.Answered || !summarizer.IsEnabled)
        {
            return answer;
        }

        var summary = await summarizer.SummarizeAsync(question with { Text = cleaned }, answer.Sources, cancellationToken).ConfigureAwait(false);
        return string.IsNullOrWhiteSpace(summary) ? answer : answer with { Text = summary, Summarized = true };
    }

    public async Task<Answer> FindSourcesAsync(Question question, CancellationToken cancellationToken = default)
        => (await PrepareAsync(question, cancellationToken).ConfigureAwait(false)).Answer;

    public async IAsyncEnumerable<Answer> AnswerStreamingAsync(Question question, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!streamingSummarizer.IsEnabled)
        {
            yield return await AnswerAsync(question, cancellationToken).ConfigureAwait(false);
            yield break;
        }

        var (answer, cleaned) = await PrepareAsync(question, cancellationToken).ConfigureAwait(false);
        if (!answer.Answered)
        {
            yield return answer;
            yield break;
        }

        await foreach (var update in streamingSummarizer.StreamSummaryAsync(question with { Text = cleaned }, answer.Sources, cancellationToken).ConfigureAwait(false))
        {
            switch (update.Kind)
            {
                case SummaryUpdateKind.Partial:
                    yield return answer with { Text = update.Text, Summarized = true, Partial = true };
                    break;
                case SummaryUpdateKind.Completed:
                    yield return answer with { Text = update.Text, Summarized = true };
                    yield break;
                default:
                    yield return answer;
                    yield break;
            }
        }

        // A stream that ended without saying how: the extractive answer is always safe.
        yield return answer;
    }

    // Everything but the summary: validation, scope, retrieval, "not covered", the extractive answer.
    private async Task<(Answer Answer, string Cleaned)> PrepareAsync(Question question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (QuestionValidator.Validate(question.Text, limitsOptions.Value.MaxQuestionLength) is { } problem)
        {
            return (new Answer(AnswerStatus.Rejected, problem, []), string.Empty);
        }

        var index = await indexProvider.GetAsync(cancellationToken).ConfigureAwait(false);
        var text = QuestionValidator.Clean(question.Text);
        var english = QuestionLanguage.LooksEnglish(text);

        // The reports are English: a question in another script is searched in translation when a translator is
        // on; the summary still answers in the user's language.
        var searchText = !english && translator.IsEnabled
            ? await translator.TranslateToEnglishAsync(text, cancellationToken).ConfigureAwait(false) ?? text
            : text;
        var languageHint = english || translator.IsEnabled ? null : EnglishWorksBest;

        var options = retrievalOptions.Value;
        var outcome = PassageSearch.Retrieve(index, searchText, Blank(question.Country), question.Year, Blank(corpusOptions.Value.DefaultCountry), options.TopK, options);
        if (outcome.DenseFailure is { } failure)
        {
            logger.LogWarning("Search by meaning failed and is off until restart; answering from words: {Error}: {Reason}", failure.GetType().Name, failure.Message);
        }

        if (outcome.Scope.Unavailable is not null)
        {
            return (new Answer(AnswerStatus.NotCovered, $"I have {outcome.Scope.Unavailable}.", [], CoverageHint(index)), text);
        }

        if (!outcome.Covered)
        {
            logger.LogDebug(
                "Not covered: best score {Score}, similarity {Similarity}, coverage {Coverage}, absent names {AbsentNames}, figure missing {NumberMissing}",
                outcome.Hits.Count == 0 ? 0 : outcome.Hits[0].Score,
                outcome.Hits.Count == 0 ? null : outcome.Hits[0].Dense,
                outcome.Coverage,
                outcome.AbsentNames.Count,
                outcome.NumberMissing);
            var message = outcome.Referral is null && outcome.NumberMissing ? NoFigureText : NotCoveredMessage(outcome.Referral);
            return (new Answer(AnswerStatus.NotCovered, message, [], languageHint ?? NearestSectionsHint(outcome) ?? CoverageHint(index)), text);
        }

        // Trailing sources far weaker than the best one would only distract from it.
        var best = outcome.Hits[0].Fused;
        var hits = outcome.Hits.Where(h => h.Fused >= best * RelativeSourceCutoff).ToList();
        var sources = hits.Select((h, i) => new AnswerSource(
            i + 1, h.Passage.Id, h.Report.Country, h.Report.Year, SectionLabel.Format(h.Passage.SectionPath), Math.Round(h.Fused, 4), h.Passage.Text))
            .ToList();
        var meaning = outcome.Meaning;
        var queryVector = outcome.QueryVector;
        var extractive = ExtractiveAnswerComposer.Compose(outcome.SearchedText, sources, index.Retriever,
            meaning is null || queryVector is null ? null : s => meaning.SentenceSimilarities(queryVector, index.Corpus.IndexOf(s.PassageId), s.Text));
        return (new Answer(AnswerStatus.Answered, extractive, sources, languageHint), text);
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
        return new PassageView(p.Id, r.Country, r.Year, SectionLabel.Format(p.SectionPath), p.Text);
    }

    public async Task<IReadOnlyList<ReportInfo>> GetReportsAsync(CancellationToken cancellationToken = default)
    {
        var index = await indexProvider.GetAsync(cancellationToken).ConfigureAwait(false);
        // One name a country, though its reports' titles differ by year ("Turkey", "Turkey (Türkiye)").
        return index.Corpus.Reports
            .Select((r, i) => new ReportInfo(index.Scope.CountryOf(i), r.Year, r.Title, index.Corpus.ReportRanges[i].End - index.Corpus.ReportRanges[i].Start))
            .ToList();
    }

    // A report that sends the reader elsewhere for the topic: say so, and pass the pointer on.
    private static string NotCoveredMessage(ScoredPassage? referral)
        => referral is null
            ? NotCoveredText
            : $"The {referral.Report.Country} {referral.Report.Year.ToString(CultureInfo.InvariantCulture)} report does not answer that itself; it refers readers elsewhere: {referral.Passage.Text.Trim()}";

    // A refused question whose topic the search did find (its closest sentence not far under the cut, or a figure or
    // name the passages lack): the nearest sections by name, never their text, so that it can be asked again in
    // other words or read there. Casual questions are the ones the similarity cut most often refuses wrongly.
    internal static string? NearestSectionsHint(RetrievalOutcome outcome)
    {
        if (outcome.Referral is not null || outcome.Hits.Count == 0
            || !(outcome.NumberMissing || outcome.AbsentNames.Count > 0 || outcome.Hits[0].Dense >= NearestMinSimilarity))
        {
            return null;
        }

        var sections = outcome.Hits
            .Select(h => CitationLabel.Format(CitationLabel.Report(h.Report.Country, h.Report.Year), SectionLabel.Format(h.Passage.SectionPath)))
            .Distinct(StringComparer.Ordinal)
            .Take(2);
        return $"Nearest in the reports: {string.Join("; ", sections)}. Asking in other words may find it there.";
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string CoverageHint(PassageIndex index)
    {
        var names = index.Corpus.Reports
            .Select((r, i) => (Country: index.Scope.CountryOf(i), r.Year))
            .GroupBy(r => r.Country)
            .Select(g => $"{g.Key} ({string.Join(", ", g.Select(r => r.Year).Order().Select(y => y.ToString(CultureInfo.InvariantCulture)))})")
            .ToList();
        var list = names.Count <= 8 ? string.Join("; ", names) : string.Join("; ", names.Take(8)) + $" and {names.Count - 8} more countries";
        return $"I answer from the U.S. State Department's human rights reports: {list}. "
               + "They cover topics such as torture and prisons, arrests and trials, freedom of speech, the press, assembly and religion, "
               + "elections, corruption, women, children, minorities, trafficking and workers' rights.";
    }
}
