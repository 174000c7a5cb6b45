using System.Buffers;
using System.Numerics.Tensors;

namespace RightsBot.Core.Retrieval;

/// <summary>
/// Fuses the lexical ranking with sentence-embedding similarity: every passage in scope is scored by a blend of
/// its lexical score (0 when it shares no word with the question) and its similarity scaled by the best in scope,
/// so a paraphrase that shares no word can still come first.
/// </summary>
internal static class HybridRanker
{
    public static IReadOnlyList<ScoredPassage> Rank(
        LexicalPassageRetriever lexical,
        DenseIndex dense,
        IReadOnlyList<QueryTerm> terms,
        ReadOnlySpan<float> queryVector,
        IReadOnlyList<int>? reportIndices,
        int k,
        float denseWeight)
    {
        var ranges = lexical.Ranges(reportIndices) ?? [(0, dense.Count)];
        var lexicalHits = lexical.Candidates(terms, ranges.Count == 1 && ranges[0] == (0, dense.Count) ? null : ranges);
        return Rank(lexical, dense, lexicalHits, ranges, queryVector, k, denseWeight);
    }

    /// <summary>
    /// The fusion over every passage inside <paramref name="ranges"/>, given the lexical candidates among them
    /// (every passage that shares a term with the question; the others score 0 by words).
    /// </summary>
    public static IReadOnlyList<ScoredPassage> Rank(
        LexicalPassageRetriever lexical,
        DenseIndex dense,
        List<LexicalCandidate> lexicalHits,
        IReadOnlyList<(int Start, int End)> ranges,
        ReadOnlySpan<float> queryVector,
        int k,
        float denseWeight)
    {
        var similarity = ArrayPool<float>.Shared.Rent(dense.Count);
        var lexicalScore = ArrayPool<float>.Shared.Rent(dense.Count);
        var cosine = ArrayPool<float>.Shared.Rent(dense.Count);
        try
        {
            dense.ScoreAll(queryVector, ranges, similarity);
            var best = float.MinValue;
            foreach (var (start, end) in ranges)
            {
                Array.Clear(lexicalScore, start, end - start);
                Array.Clear(cosine, start, end - start);
                if (end > start)
                {
                    best = Math.Max(best, TensorPrimitives.Max(similarity.AsSpan(start, end - start)));
                }
            }

            // A span, not an interface enumerator: a question over every report has thousands of candidates.
            foreach (var c in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(lexicalHits))
            {
                lexicalScore[c.Passage] = c.Score;
                cosine[c.Passage] = c.Cosine;
            }

            var scale = best > 0 ? 1 / best : 0;
            var ranked = new PriorityQueue<int, (float Score, int Neg)>(k + 1);
            foreach (var (start, end) in ranges)
            {
                for (var p = start; p < end; p++)
                {
                    var score = ((1 - denseWeight) * lexicalScore[p]) + (denseWeight * Math.Max(0, similarity[p]) * scale);
                    if (ranked.Count < k)
                    {
                        ranked.Enqueue(p, (score, -p));
                    }
                    else if (ranked.TryPeek(out _, out var worst) && (score > worst.Score || (score == worst.Score && -p > worst.Neg)))
                    {
                        ranked.DequeueEnqueue(p, (score, -p));
                    }
                }
            }

            var result = new List<ScoredPassage>(ranked.Count);
            while (ranked.TryDequeue(out var p, out var priority))
            {
                result.Add(lexical.Hit(p, cosine[p], priority.Score) with { Dense = similarity[p] });
            }

            result.Reverse();
            return result;
        }
        finally
        {
            ArrayPool<float>.Shared.Return(similarity);
            ArrayPool<float>.Shared.Return(lexicalScore);
            ArrayPool<float>.Shared.Return(cosine);
        }
    }

    /// <summary>
    /// The same blend over the lexical search's best passages only, when there are no vectors for the rest:
    /// <paramref name="similarity"/>[i] belongs to <paramref name="candidates"/>[i].
    /// </summary>
    public static List<ScoredPassage> Rerank(IReadOnlyList<ScoredPassage> candidates, IReadOnlyList<float> similarity, int k, float denseWeight)
    {
        var best = similarity.Count == 0 ? 0 : similarity.Max();
        var scale = best > 0 ? 1 / best : 0;
        return [.. candidates
            .Select((c, i) => c with
            {
                Fused = ((1 - denseWeight) * c.Fused) + (denseWeight * Math.Max(0, similarity[i]) * scale),
                Dense = similarity[i],
            })
            .OrderByDescending(c => c.Fused)
            .Take(k)];
    }

    /// <summary>
    /// The same fusion over the given candidates only (a lexical pre-filter of a scope too large to score every
    /// passage by meaning): similarity scaled by the best among them.
    /// </summary>
    public static IReadOnlyList<ScoredPassage> RankCandidates(
        LexicalPassageRetriever lexical, DenseIndex dense, List<LexicalCandidate> candidates, ReadOnlySpan<float> queryVector, int k, float denseWeight)
    {
        var passages = ArrayPool<int>.Shared.Rent(Math.Max(1, candidates.Count));
        var similarity = ArrayPool<float>.Shared.Rent(Math.Max(1, candidates.Count));
        try
        {
            var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(candidates);
            for (var i = 0; i < span.Length; i++)
            {
                passages[i] = span[i].Passage;
            }

            dense.Score(dense.Quantize(queryVector), passages.AsSpan(0, span.Length), similarity);
            var best = span.Length == 0 ? 0 : TensorPrimitives.Max(similarity.AsSpan(0, span.Length));
            var scale = best > 0 ? 1 / best : 0;
            var ranked = new PriorityQueue<int, (float Score, int Neg)>(k + 1);
            for (var i = 0; i < span.Length; i++)
            {
                var score = ((1 - denseWeight) * span[i].Score) + (denseWeight * Math.Max(0, similarity[i]) * scale);
                if (ranked.Count < k)
                {
                    ranked.Enqueue(i, (score, -span[i].Passage));
                }
                else if (ranked.TryPeek(out _, out var worst) && (score > worst.Score || (score == worst.Score && -span[i].Passage > worst.Neg)))
                {
                    ranked.DequeueEnqueue(i, (score, -span[i].Passage));
                }
            }

            var result = new List<ScoredPassage>(ranked.Count);
            while (ranked.TryDequeue(out var i, out var priority))
            {
                result.Add(lexical.Hit(span[i].Passage, span[i].Cosine, priority.Score) with { Dense = similarity[i] });
            }

            result.Reverse();
            return result;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(passages);
            ArrayPool<float>.Shared.Return(similarity);
        }
    }
}
