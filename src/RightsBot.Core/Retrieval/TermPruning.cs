namespace RightsBot.Core.Retrieval;

/// <summary>
/// Which of a query's terms a top-k search scores only in the passages that also hold another term. A question
/// over every report has a few common terms ("government", "year", a synonym like "person") with tens of
/// thousands of postings each that can add little to any passage; a passage holding nothing else cannot reach the
/// best few. These numbers only choose the terms to try: <see cref="PostingScorer"/> checks afterwards that no
/// such passage could have changed the ranking, and scores them after all when one could, so the ranking is the
/// same whatever they are.
/// </summary>
internal sealed class TermPruning
{
    // Bounds are raised by this much, for the rounding of float sums against the exact ones.
    private const float BoundSlack = 1 + 1e-4f;

    public static TermPruning Default { get; } = new();

    /// <summary>A term with fewer postings in scope is always scored in full: leaving it out saves little.</summary>
    public int MinPostings { get; init; } = 1024;

    /// <summary>
    /// The guesses the choice is made by, as shares of what every term at its most could add: the best cosine at
    /// least 0.25 of it, the best BM25 score at least 0.3, and the k-th blended score at least 0.55. Of a few
    /// settings tried on the dev and held-out excerpt questions searched over every report of 2016–2024, these
    /// gave the lowest median and mean times. Over those and the calibration questions (355), terms were left out
    /// for 182 questions, skipping 76% of their postings, and 19 of the 182 had to be scored after all.
    /// </summary>
    public float BestCosineShare { get; init; } = 0.25f;

    /// <inheritdoc cref="BestCosineShare"/>
    public float BestBm25Share { get; init; } = 0.3f;

    /// <inheritdoc cref="BestCosineShare"/>
    public float KthScore { get; init; } = 0.55f;

    /// <summary>
    /// The terms to leave out (by position in <paramref name="query"/>), most postings first, and the most a passage
    /// holding only those terms can score by cosine and by BM25; null when none is worth leaving out.
    /// </summary>
    /// <param name="query">The query's terms and weights.</param>
    /// <param name="postings">How many postings each term has in scope.</param>
    /// <param name="maxFactors">Per term, the most one posting adds before the query's weights (<see cref="InvertedIndex.MaxFactors"/>).</param>
    /// <param name="cosineWeight">The blend's share of the cosine.</param>
    /// <param name="bm25Weight">The blend's share of BM25.</param>
    public (bool[] Skipped, float CosineBound, float Bm25Bound)? Choose(
        ReadOnlySpan<QueryWeight> query, ReadOnlySpan<int> postings, Func<int, (float Cosine, float Bm25)> maxFactors, float cosineWeight, float bm25Weight)
    {
        ArgumentNullException.ThrowIfNull(maxFactors);
        var cosine = new float[query.Length];
        var bm25 = new float[query.Length];
        float allCosine = 0, allBm25 = 0;
        var order = new List<int>();
        for (var i = 0; i < query.Length; i++)
        {
            if (postings[i] == 0)
            {
                continue;
            }

            var (c, b) = maxFactors(query[i].Term);
            (cosine[i], bm25[i]) = (query[i].CosineWeight * c, query[i].Bm25Weight * b);
            (allCosine, allBm25) = (allCosine + cosine[i], allBm25 + bm25[i]);
            if (postings[i] >= MinPostings)
            {
                order.Add(i);
            }
        }

        var counts = postings.ToArray();
        order.Sort((a, b) => counts[b].CompareTo(counts[a]));
        var (bestCosine, bestBm25) = (BestCosineShare * allCosine, BestBm25Share * allBm25);
        var skipped = new bool[query.Length];
        float cosineBound = 0, bm25Bound = 0;
        var any = false;
        foreach (var i in order)
        {
            var (c, b) = (cosineBound + cosine[i], bm25Bound + bm25[i]);
            var guess = (c > 0 ? cosineWeight * c / bestCosine : 0) + (b > 0 ? bm25Weight * b / bestBm25 : 0);
            if (c > bestCosine || b > bestBm25 || guess >= KthScore)
            {
                break;
            }

            (cosineBound, bm25Bound, skipped[i], any) = (c, b, true, true);
        }

        return any ? (skipped, cosineBound * BoundSlack, bm25Bound * BoundSlack) : null;
    }
}
