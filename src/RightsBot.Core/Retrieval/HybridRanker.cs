namespace RightsBot.Core.Retrieval;

/// <summary>
/// Fuses the lexical ranking with sentence-embedding similarity: the candidates are the best of each, and
/// each candidate's score blends its lexical score with its similarity scaled by the best similarity in scope.
/// </summary>
internal static class HybridRanker
{
    // Dense candidates per question: paraphrases the lexical side misses completely enter from here.
    private const int DenseCandidates = 50;

    public static IReadOnlyList<ScoredPassage> Rank(
        LexicalPassageRetriever lexical,
        DenseIndex dense,
        IReadOnlyList<QueryTerm> terms,
        ReadOnlySpan<float> queryVector,
        IReadOnlyList<int>? reportIndices,
        int k,
        float denseWeight)
    {
        var ranges = lexical.Ranges(reportIndices);
        var lexicalHits = lexical.Candidates(terms, ranges);
        var byPassage = new Dictionary<int, LexicalCandidate>(lexicalHits.Count);
        foreach (var c in lexicalHits)
        {
            byPassage[c.Passage] = c;
        }

        var top = new PriorityQueue<int, float>(DenseCandidates + 1);
        var similarity = new Dictionary<int, float>();
        float best = float.MinValue;
        foreach (var (start, end) in ranges ?? [(0, dense.Count)])
        {
            for (var p = start; p < end; p++)
            {
                var s = dense.Similarity(queryVector, p);
                best = Math.Max(best, s);
                top.Enqueue(p, s);
                if (top.Count > DenseCandidates)
                {
                    top.Dequeue();
                }
            }
        }

        while (top.TryDequeue(out var p, out var s))
        {
            similarity[p] = s;
        }

        foreach (var c in lexicalHits)
        {
            if (!similarity.ContainsKey(c.Passage))
            {
                similarity[c.Passage] = dense.Similarity(queryVector, c.Passage);
            }
        }

        var scale = best > 0 ? 1 / best : 0;
        var ranked = new PriorityQueue<(int Passage, float Cosine, float Dense), (float Score, int Neg)>(k + 1);
        foreach (var (p, s) in similarity)
        {
            var lex = byPassage.TryGetValue(p, out var c) ? c : default;
            var score = ((1 - denseWeight) * lex.Score) + (denseWeight * Math.Max(0, s) * scale);
            ranked.Enqueue((p, lex.Cosine, s), (score, -p));
            if (ranked.Count > k)
            {
                ranked.Dequeue();
            }
        }

        var result = new List<ScoredPassage>(ranked.Count);
        while (ranked.TryDequeue(out var item, out var priority))
        {
            result.Add(lexical.Hit(item.Passage, item.Cosine, priority.Score) with { Dense = item.Dense });
        }

        result.Reverse();
        return result;
    }
}
