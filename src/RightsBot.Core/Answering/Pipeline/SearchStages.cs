using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Answering.Pipeline;

/// <summary>
/// The pipeline's search, stages 2 to 6, over one index snapshot: scope → query analysis → candidates → rank →
/// coverage. It leaves the decision in <see cref="QuestionContext.Outcome"/>.
/// </summary>
internal sealed class SearchStages(ScopeStage scope, QueryAnalysisStage queryAnalysis, CandidateStage candidates, RankStage rank, CoverageStage coverage)
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
        }

        return context.Outcome!;
    }
}
