using Microsoft.Extensions.Options;
using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Answering.Pipeline;

/// <summary>
/// After the search over every year of a country (the question named the country but no year): answers from the
/// newest report that covers the question about as closely as the best of all its years. People asking "are
/// journalists jailed in Kazakhstan?" mean now; an older report answers only when the newer ones do not (the 2024
/// editions are about a third as long as earlier ones, so many topics are missing from them).
/// </summary>
internal sealed class LatestFirstStage(CandidateStage candidates, RankStage rank, CoverageStage coverage, IOptions<CoverageOptions> options)
{
    public void Run(QuestionContext context)
    {
        var all = context.Outcome;
        if (context.Scope?.LatestFirst is not { } years || all is null || !all.Covered || all.Hits.Count == 0)
        {
            return;
        }

        var best = Closeness(all.Hits[0]);
        bool? newestCovers = null;
        foreach (var year in years)
        {
            var found = Search(context, year);
            newestCovers ??= found.Covered;
            if (found.Covered && found.Hits.Count > 0 && Closeness(found.Hits[0]) >= options.Value.LatestShare * best)
            {
                // The chosen year's passages first; the other years' best after them, for a reader who wants more.
                var hits = found.Hits.Concat(all.Hits.Where(h => h.Report.Year != year.Year)).Take(context.Depth).ToList();
                context.Outcome = found with
                {
                    Hits = hits,
                    Scope = all.Scope,
                    Year = new YearChoice(year.Year, years[0].Year, newestCovers.Value),
                };
                context.Ranked = hits;
                return;
            }
        }
    }

    // How close the best passage is: by meaning when the search had it, else its TF-IDF cosine.
    private static double Closeness(ScoredPassage hit) => hit.Dense ?? hit.Score;

    private RetrievalOutcome Search(QuestionContext context, ScopeYear year)
    {
        var scope = context.Scope! with { ReportIndices = year.ReportIndices, Year = year.Year, LatestFirst = null };
        var one = context.ForScope(scope);
        candidates.Run(one);
        rank.Run(one);
        coverage.Run(one);
        if (one.MeaningFailure is not null)
        {
            context.MeaningFailure ??= one.MeaningFailure;
        }

        return one.Outcome!;
    }
}
