using System.Text.RegularExpressions;

namespace RightsBot.Core.Retrieval;

/// <summary>
/// The retrieval step shared by answering and evaluation: resolve the report scope, rank passages inside it,
/// decide whether the reports cover the question.
/// </summary>
internal static partial class PassageSearch
{
    // How many top passages may hold the number a "how many" question asks for (the answer cites three).
    private const int NumberDepth = 2;

    [GeneratedRegex(@"\b(how (many|much)|what (percent(age)?|share|proportion|number|fraction)|number of)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsksForNumberRegex();

    [GeneratedRegex(@"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|half|percent|none)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberRegex();

    public static RetrievalOutcome Retrieve(PassageIndex index, string question, string? country, int? year, string? defaultCountry, int k, RetrievalOptions options, bool lexicalOnly = false)
    {
        var scope = index.Scope.Resolve(question, country, year, defaultCountry);
        if (scope.Unavailable is not null)
        {
            return new RetrievalOutcome([], false, scope);
        }

        var terms = index.Retriever.AnalyzeQuery(scope.TopicText ?? question);
        var dense = lexicalOnly ? null : index.Dense;
        var topicText = scope.TopicText ?? question;
        float[]? queryVector = null;
        Exception? denseFailure = null;
        if (dense is not null)
        {
            try
            {
                queryVector = dense.EmbedQuery(topicText);
            }
            catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
            {
                // The model cannot run here (a missing native library, say): answer from words, now and from
                // now on, rather than fail every question.
                index.Dense = null;
                dense = null;
                denseFailure = ex;
            }
        }

        var hits = dense is null
            ? index.Retriever.Search(terms, k, scope.ReportIndices)
            : HybridRanker.Rank(index.Retriever, dense, terms, queryVector, scope.ReportIndices, k, (float)options.DenseWeight);
        if (hits.Count == 0)
        {
            return new RetrievalOutcome(hits, false, scope) { DenseFailure = denseFailure };
        }

        // Lexical mode: two pieces of evidence must agree: the passage is close to the question as a whole
        // (cosine), and it contains most of what the question is about (the rare words weigh most).
        var coverage = index.Retriever.Coverage(terms, hits[0].Passage);

        // Both modes: a name the reports in scope never use cannot be answered about ("Vladimir Kozlov").
        var ranges = index.Retriever.Ranges(scope.ReportIndices);
        var absentNames = index.Retriever.NamesAbsentFromScope(topicText, ranges).Concat(index.Retriever.CountedWordsAbsentFromScope(topicText, ranges)).Distinct().ToList();
        // A question asking for a number that none of the top passages gives cannot be answered from them.
        var numberMissing = AsksForNumberRegex().IsMatch(topicText) && !hits.Take(NumberDepth).Any(h => NumberRegex().IsMatch(h.Passage.Text));
        if (absentNames.Count > 0 || numberMissing)
        {
            return new RetrievalOutcome(hits, false, scope, coverage) { QueryVector = queryVector, AbsentNames = absentNames, DenseFailure = denseFailure };
        }

        if (dense is null)
        {
            return new RetrievalOutcome(hits, hits[0].Score >= options.MinScore && coverage >= options.MinCoverage, scope, coverage) { DenseFailure = denseFailure };
        }

        // Hybrid mode: one sentence of the best passage must be close in meaning to the question. The word rule
        // above, tried alongside, let through questions that reuse the reports' words for something they do
        // not say; the best passage's margin over the others added nothing once passages were scored by sentence.
        return new RetrievalOutcome(hits, hits[0].Dense >= options.MinSimilarity, scope, coverage) { QueryVector = queryVector };
    }
}
