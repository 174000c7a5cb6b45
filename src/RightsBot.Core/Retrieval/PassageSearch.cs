namespace RightsBot.Core.Retrieval;

/// <summary>
/// The retrieval step shared by answering and evaluation: resolve the report scope, rank passages inside it,
/// decide whether the reports cover the question.
/// </summary>
internal static class PassageSearch
{
    public static RetrievalOutcome Retrieve(PassageIndex index, string question, string? country, int? year, string? defaultCountry, int k, double minScore)
    {
        var scope = index.Scope.Resolve(question, country, year, defaultCountry);
        if (scope.Unavailable is not null)
        {
            return new RetrievalOutcome([], false, scope);
        }

        var hits = index.Retriever.Search(question, k, scope.ReportIndices);
        var covered = hits.Count > 0 && hits[0].Score >= minScore;
        return new RetrievalOutcome(hits, covered, scope);
    }
}
