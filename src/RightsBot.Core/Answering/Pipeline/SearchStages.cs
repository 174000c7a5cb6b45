using Microsoft.Extensions.Options;
using RightsBot.Core.Corpus;
using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Answering.Pipeline;

/// <summary>
/// The pipeline's search, stages 2 to 6, over one index snapshot: scope → query analysis → candidates → rank →
/// coverage. It leaves the decision in <see cref="QuestionContext.Outcome"/>.
/// </summary>
internal sealed class SearchStages(ScopeStage scope, QueryAnalysisStage queryAnalysis, CandidateStage candidates, RankStage rank, CoverageStage coverage, LatestFirstStage latestFirst)
{
    public RetrievalOutcome Run(QuestionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        scope.Run(context);
        if (context.Outcome is null)
        {
            queryAnalysis.Run(context);
            candidates.Run(context);
            rank.Run(context);
            coverage.Run(context);
            latestFirst.Run(context);
        }

        return context.Outcome!;
    }

    /// <summary>The stages with the default ranking and coverage settings (tests and benchmarks).</summary>
    internal static SearchStages Create(IOptions<CorpusOptions> corpus, IOptions<RetrievalOptions> retrieval, CoverageOptions? coverageOptions = null)
    {
        var coverageSettings = Options.Create(coverageOptions ?? new CoverageOptions());
        var candidates = new CandidateStage(retrieval);
        var rank = new RankStage(Options.Create(new RankingOptions()));
        var coverage = new CoverageStage(coverageSettings);
        return new SearchStages(new ScopeStage(corpus), new QueryAnalysisStage(), candidates, rank, coverage, new LatestFirstStage(candidates, rank, coverage, coverageSettings));
    }
}
