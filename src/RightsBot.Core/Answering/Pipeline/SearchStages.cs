using Microsoft.Extensions.Options;
using RightsBot.Core.Corpus;
using RightsBot.Core.Languages;
using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Answering.Pipeline;

/// <summary>
/// The pipeline's search, stages 2 to 6, over one index snapshot: translate (a Russian or Kazakh question, by the
/// glossary) → scope → query analysis → candidates → rank → coverage. It leaves the decision in
/// <see cref="QuestionContext.Outcome"/>.
/// </summary>
internal sealed class SearchStages(TranslateStage translate, ScopeStage scope, QueryAnalysisStage queryAnalysis, CandidateStage candidates, RankStage rank, CoverageStage coverage, LatestFirstStage latestFirst)
{
    public RetrievalOutcome Run(QuestionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        translate.Run(context);
        if (context.Outcome is not null)
        {
            return context.Outcome;
        }

        scope.Run(context);
        if (context.Outcome is null)
        {
            queryAnalysis.Run(context);
            candidates.Run(context);
            rank.Run(context);
            coverage.Run(context);
            latestFirst.Run(context);
            WidenPastNationalityWord(context);
        }

        return context.Outcome!;
    }

    // "Why was the French writer Boualem Sansal detained?": "French" chose France, whose reports never name him;
    // Algeria's does. When only a nationality word chose the country and the question names someone or something
    // that country's reports never use, it is searched in every report (of the year named, if any) instead.
    private void WidenPastNationalityWord(QuestionContext context)
    {
        var outcome = context.Outcome!;
        var scope = outcome.Scope;
        if (outcome.Covered || !scope.ByNationalityWord || outcome.AbsentNames.Count == 0 || context.Request.Question.Country is not null)
        {
            return;
        }

        var reports = context.Index.Corpus.Reports;
        IReadOnlyList<int>? indices = scope.Year is { } year ? [.. Enumerable.Range(0, reports.Count).Where(i => reports[i].Year == year)] : null;
        var wide = context.ForScope(new ReportScope(indices, null, scope.Year) { TopicText = scope.TopicText, BareTopicText = scope.BareTopicText });
        candidates.Run(wide);
        rank.Run(wide);
        coverage.Run(wide);
        if (wide.Outcome is { Covered: true } found)
        {
            context.Scope = wide.Scope;
            context.Ranked = wide.Ranked;
            context.Outcome = found;
        }
    }

    /// <summary>The stages with the default ranking and coverage settings (tests and benchmarks).</summary>
    internal static SearchStages Create(IOptions<CorpusOptions> corpus, IOptions<RetrievalOptions> retrieval, CoverageOptions? coverageOptions = null)
    {
        var coverageSettings = Options.Create(coverageOptions ?? new CoverageOptions());
        var candidates = new CandidateStage(retrieval);
        var rank = new RankStage(Options.Create(new RankingOptions()));
        var coverage = new CoverageStage(coverageSettings);
        return new SearchStages(new TranslateStage(Options.Create(new LanguageOptions())), new ScopeStage(corpus), new QueryAnalysisStage(), candidates, rank, coverage, new LatestFirstStage(candidates, rank, coverage, coverageSettings));
    }
}
