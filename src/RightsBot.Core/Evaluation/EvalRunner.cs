using System.Diagnostics;
using RightsBot.Core.Corpus;
using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Evaluation;

/// <summary>
/// Runs a question set against RightsBot's retrieval and the Lucene BM25 baseline over the same passages, in
/// the same process, and scores both.
/// </summary>
internal sealed class EvalRunner(PassageIndex index, double indexSeconds, RetrievalOptions options, string? defaultCountry, double indexMemoryMb = 0)
{
    // Timed passes per system: enough samples for a stable p95 on a few dozen questions.
    private const int TimedPasses = 5;

    public EvalReport Run(IReadOnlyList<EvalQuestion> questions, int k, bool withDetails = false)
    {
        var details = withDetails ? new List<EvalQuestionDetail>() : null;
        var depth = Math.Max(k, EvalScorer.MrrDepth);
        using var bm25 = new Bm25Baseline(index.Corpus, LexicalPassageRetriever.IndexedText);
        var passages = index.Corpus.Passages;

        var rightsbot = Evaluate("rightsbot", questions, k, q =>
        {
            var outcome = PassageSearch.Retrieve(index, q.Question, q.Filters?.Country, q.Filters?.Year, defaultCountry, depth, options);
            // Only the scoring pass records details: the timing passes must time retrieval alone.
            if (details is not null && details.Count < questions.Count)
            {
                details.Add(new EvalQuestionDetail(q.Id, q.Answerable, !outcome.Covered,
                    outcome.Hits.Count == 0 ? 0 : Math.Round(outcome.Hits[0].Score, 4), Math.Round(outcome.Coverage, 3),
                    q.Answerable ? EvalScorer.FirstHitRank(outcome.Hits.Select(h => h.Passage.Text).ToList(), q.Expected ?? []) : null)
                {
                    InScopeScore = outcome.InScopeScore is { } inScope ? Math.Round(inScope, 4) : null,
                    Dense = outcome.Hits.Count == 0 || outcome.Hits[0].Dense is not { } d ? null : Math.Round(d, 4),
                    AbsentNames = outcome.AbsentNames.Count == 0 ? null : outcome.AbsentNames,
                    NumberMissing = outcome.NumberMissing,
                });
            }

            return (outcome.Hits.Select(h => h.Passage.Text).ToList(), !outcome.Covered);
        }, reportsRefusal: true);

        // In hybrid and rerank modes, the lexical mode over the same index too: what the embeddings add, and what they cost.
        var systems = new List<EvalSystemResult> { rightsbot };
        if (index.Dense is not null || index.OnDemand is not null)
        {
            systems.Add(Evaluate("rightsbot-lexical", questions, k, q =>
            {
                var outcome = PassageSearch.Retrieve(index, q.Question, q.Filters?.Country, q.Filters?.Year, defaultCountry, depth, options, lexicalOnly: true);
                return (outcome.Hits.Select(h => h.Passage.Text).ToList(), !outcome.Covered);
            }, reportsRefusal: true));
        }

        var baseline = Evaluate("bm25", questions, k, q =>
        {
            // The baseline gets the same explicit filters, with the country spelt as the corpus spells it.
            var scope = q.Filters is null ? null : index.Scope.Resolve(string.Empty, q.Filters.Country, q.Filters.Year, null);
            var hits = bm25.Search(q.Question, depth, scope?.Country ?? q.Filters?.Country, q.Filters?.Year);
            return (hits.Select(h => passages[h].Text).ToList(), false);
        }, reportsRefusal: false);

        var answerable = questions.Count(q => q.Answerable);
        return new EvalReport(questions.Count, answerable, questions.Count - answerable, Stats(index.Corpus, indexSeconds) with { IndexMemoryMb = Math.Round(indexMemoryMb, 1) }, [.. systems, baseline])
        {
            // The first pass scored every question once; the timing passes repeat them.
            Details = details,
        };
    }

    private static EvalSystemResult Evaluate(string name, IReadOnlyList<EvalQuestion> questions, int k, Func<EvalQuestion, (List<string> Ranked, bool Refused)> search, bool reportsRefusal)
    {
        var ranks = new List<int?>();
        var misses = new List<string>();
        int refusedAnswerable = 0, refusedUnanswerable = 0;
        var firstPass = new List<double>(questions.Count);
        foreach (var q in questions)
        {
            var started = Stopwatch.GetTimestamp();
            var (ranked, refused) = search(q);
            firstPass.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (q.Answerable)
            {
                var rank = EvalScorer.FirstHitRank(ranked, q.Expected ?? []);
                ranks.Add(rank);
                if (rank is null || rank > k)
                {
                    misses.Add(q.Id);
                }

                refusedAnswerable += refused ? 1 : 0;
            }
            else
            {
                refusedUnanswerable += refused ? 1 : 0;
            }
        }

        // Timing: every question again, several passes, after the scoring pass warmed everything up.
        var samples = new List<double>(questions.Count * TimedPasses);
        var filtered = new List<double>();
        for (var pass = 0; pass < TimedPasses; pass++)
        {
            foreach (var q in questions)
            {
                var start = Stopwatch.GetTimestamp();
                search(q);
                var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                samples.Add(ms);
                if (q.Filters is { } f && (f.Country is not null || f.Year is not null))
                {
                    filtered.Add(ms);
                }
            }
        }

        var answerable = ranks.Count;
        var unanswerable = questions.Count - answerable;
        return new EvalSystemResult(
            name,
            Round(EvalScorer.RecallAt(ranks, 1)),
            Round(EvalScorer.RecallAt(ranks, 3)),
            Round(EvalScorer.RecallAt(ranks, 5)),
            Round(EvalScorer.MeanReciprocalRank(ranks)),
            reportsRefusal && unanswerable > 0 ? Round(refusedUnanswerable / (double)unanswerable) : null,
            reportsRefusal && answerable > 0 ? Round(refusedAnswerable / (double)answerable) : null,
            Math.Round(EvalScorer.Percentile(samples, 0.50), 3),
            Math.Round(EvalScorer.Percentile(samples, 0.95), 3),
            k,
            Round(EvalScorer.RecallAt(ranks, k)),
            misses)
        {
            FilteredQueryMsP50 = filtered.Count == 0 ? null : Math.Round(EvalScorer.Percentile(filtered, 0.50), 3),
            FirstPassMsP50 = Math.Round(EvalScorer.Percentile(firstPass, 0.50), 3),
        };
    }

    private static EvalCorpusStats Stats(ReportCorpus corpus, double indexSeconds)
    {
        var words = corpus.Passages.Select(p => p.WordCount).ToList();
        return new EvalCorpusStats(corpus.Reports.Count, corpus.Passages.Count, Math.Round(words.Average(), 1), words.Max(), Math.Round(indexSeconds, 2));
    }

    private static double Round(double value) => Math.Round(value, 3);
}
