using System.Diagnostics;
using RightsBot.Core.Answering;
using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Evaluation;

/// <summary>Asks the comparison questions of a set through the answering service and scores them per report.</summary>
internal sealed class EvalComparisonScorer(QuestionAnswerer answerer, PassageIndex index, Bm25Baseline bm25)
{
    private const int TimedPasses = 5;

    // The part's sources a reader sees: the cited passage and the next of the same report.
    private const int Bm25Depth = 3;

    public async Task<EvalComparisonResult?> ScoreAsync(IReadOnlyList<EvalQuestion> questions, CancellationToken cancellationToken)
    {
        var comparisons = questions.Where(q => q.IsComparison).ToList();
        if (comparisons.Count == 0)
        {
            return null;
        }

        var outcomes = new List<Outcome>();
        foreach (var q in comparisons)
        {
            var answer = await AskAsync(q, cancellationToken).ConfigureAwait(false);
            outcomes.Add(Score(q, answer));
        }

        var times = new List<double>(comparisons.Count * TimedPasses);
        for (var pass = 0; pass < TimedPasses; pass++)
        {
            foreach (var q in comparisons)
            {
                var started = Stopwatch.GetTimestamp();
                await AskAsync(q, cancellationToken).ConfigureAwait(false);
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        return Figures(outcomes, Math.Round(EvalScorer.Percentile(times, 0.50), 3)) with
        {
            ByStyle = EvalScorer.ByLabel(outcomes, o => o.Question.Style, EvalScorer.NoStyle, group => Figures(group, 0)),
            ByLanguage = EvalScorer.ByLabel(outcomes, o => o.Question.Lang, EvalScorer.NoLanguage, group => Figures(group, 0)),
        };
    }

    private Task<Answer> AskAsync(EvalQuestion q, CancellationToken cancellationToken)
        => answerer.FindSourcesAsync(new Question(q.Question, q.Filters?.Country, q.Filters?.Year) { Years = q.Filters?.Years }, cancellationToken);

    private Outcome Score(EvalQuestion q, Answer answer)
    {
        var parts = new List<PartOutcome>();
        foreach (var expected in q.Parts!)
        {
            var key = index.Scope.CountryKeyFor(expected.Country);
            var part = answer.Comparison?.FirstOrDefault(p => p.Year == expected.Year && key is not null && index.Scope.CountryKeyFor(p.Country) == key);
            int? rank = null;
            int? bm25Rank = null;
            if (expected.ShouldAnswer)
            {
                rank = part is null ? null : EvalScorer.FirstHitRank([.. part.Sources.Select(s => s.Text)], expected.Expected!);
                var passages = index.Corpus.Passages;
                bm25Rank = EvalScorer.FirstHitRank([.. bm25.Search(q.Question, Bm25Depth, index.Scope.Resolve(string.Empty, expected.Country, expected.Year, null).Country ?? expected.Country, expected.Year).Select(h => passages[h].Text)], expected.Expected!);
            }

            parts.Add(new PartOutcome(expected, part, rank, bm25Rank));
        }

        return new Outcome(q, answer.Comparison is not null, parts);
    }

    private static EvalComparisonResult Figures(IReadOnlyList<Outcome> outcomes, double p50)
    {
        var parts = outcomes.SelectMany(o => o.Parts).ToList();
        var answerable = parts.Where(p => p.Expected.ShouldAnswer).ToList();
        var unanswerable = parts.Where(p => !p.Expected.ShouldAnswer).ToList();
        double Share(IReadOnlyCollection<PartOutcome> of, Func<PartOutcome, bool> what) => of.Count == 0 ? 0 : EvalScorer.Round(of.Count(what) / (double)of.Count);
        double? Maybe(IReadOnlyCollection<PartOutcome> of, Func<PartOutcome, bool> what) => of.Count == 0 ? null : Share(of, what);
        return new EvalComparisonResult(
            outcomes.Count,
            EvalScorer.Round(outcomes.Count(o => o.Recognised) / (double)outcomes.Count),
            parts.Count,
            Share(parts, p => p.Found is not null),
            answerable.Count,
            Share(answerable, p => p.Rank == 1),
            Share(answerable, p => p.Rank is not null),
            Maybe(answerable, p => p.Found is not { Answered: true }),
            unanswerable.Count,
            Maybe(unanswerable, p => p.Found is { Answered: false }),
            Share(answerable, p => p.Bm25Rank == 1),
            Share(answerable, p => p.Bm25Rank is not null),
            p50)
        {
            Misses = [.. outcomes.Where(o => o.Parts.Any(p => !p.Correct)).Select(o => o.Question.Id)],
        };
    }

    private sealed record Outcome(EvalQuestion Question, bool Recognised, IReadOnlyList<PartOutcome> Parts);

    private sealed record PartOutcome(EvalComparisonPart Expected, ComparisonPart? Found, int? Rank, int? Bm25Rank)
    {
        public bool Correct => Expected.ShouldAnswer ? Rank == 1 : Found is { Answered: false };
    }
}
