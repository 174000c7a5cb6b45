using System.Diagnostics;
using RightsBot.Core.Answering;
using RightsBot.Core.Answering.Pipeline;
using RightsBot.Core.Corpus;
using RightsBot.Core.Metrics;
using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Evaluation;

/// <summary>
/// Runs a question set through the answering service (the same pipeline users get, asked for more ranked
/// passages) and through the Lucene BM25 baseline over the same passages, in the same process, and scores both.
/// </summary>
internal sealed class EvalRunner(QuestionAnswerer answerer, PassageIndex index, double indexSeconds, double indexMemoryMb = 0)
{
    // Timed passes per system: enough samples for a stable p95 on a few dozen questions.
    private const int TimedPasses = 5;

    /// <param name="questions">The question set.</param>
    /// <param name="k">Cut-off for recall_at_k.</param>
    /// <param name="withDetails">Record RightsBot's evidence for every question.</param>
    /// <param name="warmup">
    /// How long to run every system's questions untimed before timing them. .NET compiles a method quickly at
    /// first and optimizes it only once it has been called often and compiling has calmed down; on these sets
    /// that took 40–50 passes (5–7 s), and timings taken before it were two to ten times slower, for Lucene and
    /// RightsBot alike. A long-running bot answers with the optimized code.
    /// </param>
    /// <param name="cancellationToken">Stops the run.</param>
    public async Task<EvalReport> RunAsync(IReadOnlyList<EvalQuestion> questions, int k, bool withDetails = false, TimeSpan? warmup = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var all = questions;

        // Comparison questions are scored per report, apart (EvalComparisonScorer); the rest as one ranking each.
        questions = [.. questions.Where(q => !q.IsComparison)];
        var details = withDetails ? new List<EvalQuestionDetail>() : null;
        var depth = Math.Max(k, EvalScorer.MrrDepth);
        using var bm25 = new Bm25Baseline(index.Corpus, LexicalPassageRetriever.IndexedText);
        var passages = index.Corpus.Passages;

        var systems = questions.Count == 0 ? [] : new List<EvalSystem>
        {
            new("rightsbot", async q =>
            {
                var (outcome, searchMs) = await AskAsync(q, depth, lexicalOnly: false, cancellationToken).ConfigureAwait(false);
                // Only the scoring pass records details: the timing passes must time answering alone.
                if (details is not null && details.Count < questions.Count)
                {
                    details.Add(Detail(q, outcome));
                }

                return (outcome.Hits.Select(h => h.Passage.Text).ToList(), !outcome.Covered, searchMs);
            }, ReportsRefusal: true),
        };

        // In hybrid and rerank modes, the lexical mode over the same index too: what the embeddings add, and what they cost.
        if (index.SearchesByMeaning && questions.Count > 0)
        {
            systems.Add(new("rightsbot-lexical", async q =>
            {
                var (outcome, searchMs) = await AskAsync(q, depth, lexicalOnly: true, cancellationToken).ConfigureAwait(false);
                return (outcome.Hits.Select(h => h.Passage.Text).ToList(), !outcome.Covered, searchMs);
            }, ReportsRefusal: true));
        }

        var bm25Ranks = new Dictionary<string, int?>(StringComparer.Ordinal);
        var bm25System = new EvalSystem("bm25", q =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            // The baseline gets the same explicit filters, with the country spelt as the corpus spells it.
            var scope = q.Filters is null ? null : index.Scope.Resolve(string.Empty, q.Filters.Country, q.Filters.Year, null);
            var hits = bm25.Search(q.Question, depth, scope?.Country ?? q.Filters?.Country, q.Filters?.Year);
            var ranked = hits.Select(h => passages[h].Text).ToList();
            if (details is not null && q.Answerable && !bm25Ranks.ContainsKey(q.Id))
            {
                bm25Ranks[q.Id] = EvalScorer.FirstHitRank(ranked, q.Expected ?? []);
            }

            return Task.FromResult((ranked, false, (double?)null));
        }, ReportsRefusal: false);
        if (questions.Count > 0)
        {
            systems.Add(bm25System);
        }

        // Scoring: each question once, system by system; the first time of each is kept as first_pass_ms_p50.
        var scored = new List<EvalSystemResult>(systems.Count);
        foreach (var system in systems)
        {
            scored.Add(await ScoreAsync(system, questions, k).ConfigureAwait(false));
        }

        // Warm-up, then timing: every system in turn within each pass, so that a slow spell of a shared machine
        // falls on all of them.
        var warmupClock = Stopwatch.StartNew();
        var warmupPasses = 0;
        while (systems.Count > 0 && warmupClock.Elapsed < (warmup ?? TimeSpan.Zero))
        {
            foreach (var system in systems)
            {
                foreach (var q in questions)
                {
                    await system.Search(q).ConfigureAwait(false);
                }
            }

            warmupPasses++;
        }

        var warmedFor = warmupClock.Elapsed;

        var samples = systems.Select(_ => (All: new List<double>(questions.Count * TimedPasses), Filtered: new List<double>(), Search: new List<double>())).ToList();
        for (var pass = 0; pass < TimedPasses; pass++)
        {
            for (var s = 0; s < systems.Count; s++)
            {
                foreach (var q in questions)
                {
                    var start = Stopwatch.GetTimestamp();
                    var (_, _, searchMs) = await systems[s].Search(q).ConfigureAwait(false);
                    var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                    samples[s].All.Add(ms);
                    if (searchMs is { } searched)
                    {
                        samples[s].Search.Add(searched);
                    }

                    if (q.Filters is { } f && (f.Country is not null || f.Year is not null))
                    {
                        samples[s].Filtered.Add(ms);
                    }
                }
            }
        }

        var results = scored.Select((r, s) => r with
        {
            QueryMsP50 = Math.Round(EvalScorer.Percentile(samples[s].All, 0.50), 3),
            QueryMsP95 = Math.Round(EvalScorer.Percentile(samples[s].All, 0.95), 3),
            FilteredQueryMsP50 = samples[s].Filtered.Count == 0 ? null : Math.Round(EvalScorer.Percentile(samples[s].Filtered, 0.50), 3),
            SearchMsP50 = samples[s].Search.Count == 0 ? null : Math.Round(EvalScorer.Percentile(samples[s].Search, 0.50), 3),
        }).ToList();

        var comparison = await new EvalComparisonScorer(answerer, index, bm25).ScoreAsync(all, cancellationToken).ConfigureAwait(false);
        var answerable = questions.Count(q => q.Answerable);
        return new EvalReport(questions.Count, answerable, questions.Count - answerable, Stats(index.Corpus, indexSeconds) with { IndexMemoryMb = Math.Round(indexMemoryMb, 1) }, results)
        {
            Comparison = comparison,
            AnsweredAsComparison = [.. questions.Where(q => answerer.AsksComparison(index, new Question(q.Question, q.Filters?.Country, q.Filters?.Year))).Select(q => q.Id)],
            WarmupSeconds = Math.Round(warmedFor.TotalSeconds, 1),
            WarmupPasses = warmupPasses,
            Details = details?.Select(d => d with { Bm25Rank = bm25Ranks.GetValueOrDefault(d.Id) }).ToList(),
        };
    }

    private sealed record EvalSystem(string Name, Func<EvalQuestion, Task<(List<string> Ranked, bool Refused, double? SearchMs)>> Search, bool ReportsRefusal);

    // One question through the answering service; a question the service rejects (too long, no words) is refused.
    private async Task<(RetrievalOutcome Outcome, double SearchMs)> AskAsync(EvalQuestion q, int depth, bool lexicalOnly, CancellationToken cancellationToken)
    {
        var question = new Question(q.Question, q.Filters?.Country, q.Filters?.Year);

        // Users' questions are first checked for a comparison (QuestionAnswerer): timed here too, so that eval's
        // times are what users wait. Those that are comparisons are listed in answered_as_comparison.
        _ = answerer.AsksComparison(index, question);
        var request = new AnswerRequest(question, depth, lexicalOnly);
        var result = await answerer.RunAsync(request, cancellationToken).ConfigureAwait(false);
        return (result.Outcome ?? new RetrievalOutcome([], false, new ReportScope(null, null, null)), result.SearchMilliseconds);
    }

    private static EvalQuestionDetail Detail(EvalQuestion q, RetrievalOutcome outcome)
        => new(q.Id, q.Answerable, !outcome.Covered,
            outcome.Hits.Count == 0 ? 0 : Math.Round(outcome.Hits[0].Score, 4), Math.Round(outcome.Coverage, 3),
            q.Answerable ? EvalScorer.FirstHitRank(outcome.Hits.Select(h => h.Passage.Text).ToList(), q.Expected ?? []) : null)
        {
            InScopeScore = outcome.InScopeScore is { } inScope ? Math.Round(inScope, 4) : null,
            Dense = outcome.Hits.Count == 0 || outcome.Hits[0].Dense is not { } d ? null : Math.Round(d, 4),
            AbsentNames = outcome.AbsentNames.Count == 0 ? null : outcome.AbsentNames,
            NumberMissing = outcome.NumberMissing,
            Searched = string.IsNullOrEmpty(outcome.SearchedText) ? null : outcome.SearchedText,
            Refusal = outcome.Scope.Unavailable is not null ? AnswerMetrics.LabelOf(RefusalReason.NoReport)
                : outcome.Covered ? null : AnswerMetrics.LabelOf(NotCoveredReplies.Reason(outcome)),
            Unavailable = outcome.Scope.Unavailable,
        };

    // Quality figures from one pass over the questions; the times are filled in after the timed passes.
    private static async Task<EvalSystemResult> ScoreAsync(EvalSystem system, IReadOnlyList<EvalQuestion> questions, int k)
    {
        var outcomes = new List<EvalQuestionOutcome>(questions.Count);
        var firstPass = new List<double>(questions.Count);
        foreach (var q in questions)
        {
            var started = Stopwatch.GetTimestamp();
            var (ranked, refused, _) = await system.Search(q).ConfigureAwait(false);
            firstPass.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            outcomes.Add(new(q, q.Answerable ? EvalScorer.FirstHitRank(ranked, q.Expected ?? []) : null, refused));
        }

        var answerable = outcomes.Where(o => o.Question.Answerable).ToList();
        var ranks = answerable.Select(o => o.FirstHitRank).ToList();
        return new EvalSystemResult(
            system.Name,
            EvalScorer.Round(EvalScorer.RecallAt(ranks, 1)),
            EvalScorer.Round(EvalScorer.RecallAt(ranks, 3)),
            EvalScorer.Round(EvalScorer.RecallAt(ranks, 5)),
            EvalScorer.Round(EvalScorer.MeanReciprocalRank(ranks)),
            EvalScorer.Round(EvalScorer.RefusedShare(outcomes, answerable: false, system.ReportsRefusal)),
            EvalScorer.Round(EvalScorer.RefusedShare(outcomes, answerable: true, system.ReportsRefusal)),
            0,
            0,
            k,
            EvalScorer.Round(EvalScorer.RecallAt(ranks, k)),
            answerable.Where(o => !(o.FirstHitRank <= k)).Select(o => o.Question.Id).ToList())
        {
            FirstPassMsP50 = Math.Round(EvalScorer.Percentile(firstPass, 0.50), 3),
            ByStyle = EvalScorer.ByStyle(outcomes, system.ReportsRefusal),
            ByLanguage = EvalScorer.ByLanguage(outcomes, system.ReportsRefusal),
        };
    }

    private static EvalCorpusStats Stats(ReportCorpus corpus, double indexSeconds)
    {
        var words = corpus.Passages.Select(p => p.WordCount).ToList();
        return new EvalCorpusStats(corpus.Reports.Count, corpus.Passages.Count, Math.Round(words.Average(), 1), words.Max(), Math.Round(indexSeconds, 2));
    }
}
