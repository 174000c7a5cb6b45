namespace RightsBot.Core.Retrieval;

/// <summary>
/// Scores a query over an <see cref="InvertedIndex"/> term at a time, in the query's order, so that each passage's
/// sums add up exactly alike on every path: every passage sharing a term (<see cref="Candidates"/>), or the best k
/// (<see cref="Top"/>), which may leave out the passages that hold only a few common terms when they provably
/// cannot change the ranking. Scratch space is pooled: a query allocates nothing proportional to the corpus.
/// </summary>
internal sealed class PostingScorer(InvertedIndex index)
{
    private readonly System.Collections.Concurrent.ConcurrentBag<PostingAccumulator> _accumulators = [];

    /// <summary>
    /// The <paramref name="k"/> best passages by <see cref="LexicalBlend"/> (each signal scaled by its best among
    /// every passage sharing a term with the query), best first, ties to the lower passage number: the first k of
    /// <see cref="Candidates"/> so ordered, to the bit.
    /// </summary>
    public LexicalCandidate[] Top(ReadOnlySpan<QueryWeight> query, IReadOnlyList<(int Start, int End)>? ranges, int k, float cosineWeight, float bm25Weight, TermPruning? pruning = null, bool exact = true)
    {
        if (k <= 0)
        {
            return [];
        }

        var segments = Segments(query, ranges, out var postings);
        var skip = (pruning ?? TermPruning.Default).Choose(query, postings, index.MaxFactors, cosineWeight, bm25Weight);
        var top = new TopCandidates(k);
        var acc = Rent();
        try
        {
            if (skip is { } chosen)
            {
                var (skipped, cosineBound, bm25Bound) = chosen;
                AddKeptAndWhereTheyMeet(acc, query, segments, skipped);

                // A passage holding only terms left out scores at most the bounds. When they reach neither best
                // signal (which scale every score) nor the k-th score, leaving such passages out changed nothing.
                acc.Collect();
                var blend = Blend(acc.Found, cosineWeight, bm25Weight);
                if (blend.MaxCosine >= cosineBound && blend.MaxBm25 >= bm25Bound)
                {
                    acc.Found.SelectInto(top, blend);
                    if (top.Count == k && (!exact || blend.Score(cosineBound, bm25Bound) < top.Threshold))
                    {
                        return top.TakeBestFirst();
                    }

                    top = new TopCandidates(k);
                }

                // Otherwise score them too: each gets the terms left out, in the query's order, as a full search would.
                foreach (var (i, from, to) in segments)
                {
                    if (skipped[i])
                    {
                        acc.AddUnmarked(index.Passages(from, to), index.Tf(from, to), query[i].CosineWeight, query[i].Bm25Weight);
                    }
                }
            }
            else
            {
                AddAll(acc, query, segments);
            }

            acc.Collect();
            acc.Found.SelectInto(top, Blend(acc.Found, cosineWeight, bm25Weight));
            return top.TakeBestFirst();
        }
        finally
        {
            Return(acc);
        }
    }

    /// <summary>
    /// Every passage that shares a term with the query, in passage order, with its cosine (TF-IDF), BM25 and
    /// blended score, restricted to <paramref name="ranges"/> when given. Each query term carries its weight
    /// already multiplied by the term's idf (TF-IDF's for cosine, BM25's for BM25).
    /// </summary>
    public void Candidates(ReadOnlySpan<QueryWeight> query, IReadOnlyList<(int Start, int End)>? ranges, float cosineWeight, float bm25Weight, List<LexicalCandidate> into)
    {
        var segments = Segments(query, ranges, out _);
        var acc = Rent();
        try
        {
            AddAll(acc, query, segments);
            acc.Collect();
            acc.Found.DrainInto(into, Blend(acc.Found, cosineWeight, bm25Weight));
        }
        finally
        {
            Return(acc);
        }
    }

    // Every passage holding a term kept is scored in full; the terms left out only where they meet such a passage.
    // Each passage still gets its terms in the query's order.
    private void AddKeptAndWhereTheyMeet(PostingAccumulator acc, ReadOnlySpan<QueryWeight> query, List<(int Query, int From, int To)> segments, bool[] skipped)
    {
        foreach (var (i, from, to) in segments)
        {
            if (!skipped[i])
            {
                acc.Mark(index.Passages(from, to));
            }
        }

        acc.CountMarked();
        foreach (var (i, from, to) in segments)
        {
            if (skipped[i])
            {
                acc.AddMarked(index.Passages(from, to), index.Tf(from, to), query[i].CosineWeight, query[i].Bm25Weight);
            }
            else
            {
                acc.Add(index.Passages(from, to), index.Tf(from, to), query[i].CosineWeight, query[i].Bm25Weight);
            }
        }
    }

    private static LexicalBlend Blend(CandidateBuffer found, float cosineWeight, float bm25Weight)
        => new(cosineWeight, bm25Weight, found.MaxCosine, found.MaxBm25);

    private void AddAll(PostingAccumulator acc, ReadOnlySpan<QueryWeight> query, List<(int Query, int From, int To)> segments)
    {
        foreach (var (i, from, to) in segments)
        {
            acc.Add(index.Passages(from, to), index.Tf(from, to), query[i].CosineWeight, query[i].Bm25Weight);
        }
    }

    // Each query term's postings inside the ranges (the whole list without ranges), in the query's order, and
    // how many postings each term has there.
    private List<(int Query, int From, int To)> Segments(ReadOnlySpan<QueryWeight> query, IReadOnlyList<(int Start, int End)>? ranges, out int[] postings)
    {
        var segments = new List<(int Query, int From, int To)>(query.Length * (ranges?.Count ?? 1));
        postings = new int[query.Length];
        for (var i = 0; i < query.Length; i++)
        {
            var term = query[i].Term;
            if (term < 0 || term >= index.TermCount)
            {
                continue;
            }

            foreach (var (start, end) in ranges ?? [(0, int.MaxValue)])
            {
                var (from, to) = index.Range(term, start, end);
                if (to > from)
                {
                    segments.Add((i, from, to));
                    postings[i] += to - from;
                }
            }
        }

        return segments;
    }

    private PostingAccumulator Rent() => _accumulators.TryTake(out var acc) ? acc : index.NewAccumulator();

    private void Return(PostingAccumulator acc)
    {
        acc.Clear();
        _accumulators.Add(acc);
    }
}
