namespace RightsBot.Core.Retrieval;

/// <summary>
/// The retrieval step shared by answering and evaluation: resolve the report scope, rank passages inside it,
/// decide whether the reports cover the question.
/// </summary>
internal static class PassageSearch
{
    public static RetrievalOutcome Retrieve(PassageIndex index, string question, string? country, int? year, string? defaultCountry, int k, RetrievalOptions options)
    {
        var scope = index.Scope.Resolve(question, country, year, defaultCountry);
        if (scope.Unavailable is not null)
        {
            return new RetrievalOutcome([], false, scope);
        }

        var terms = index.Retriever.AnalyzeQuery(scope.TopicText ?? question);
        var hits = index.Retriever.Search(terms, k, scope.ReportIndices);
        if (hits.Count == 0)
        {
            return new RetrievalOutcome(hits, false, scope);
        }

        // Two pieces of evidence must agree: the passage is close to the question as a whole (cosine), and
        // it contains most of what the question is about (the rare words weigh most).
        var coverage = index.Retriever.Coverage(terms, hits[0].Passage);
        var covered = hits[0].Score >= options.MinScore && coverage >= options.MinCoverage;
        return new RetrievalOutcome(hits, covered, scope, coverage);
    }
}
