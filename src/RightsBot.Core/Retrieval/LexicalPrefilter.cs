namespace RightsBot.Core.Retrieval;

/// <summary>
/// The best lexical candidates of a scope too large to score every passage by meaning (a question naming no
/// country, over every report): search by meaning then covers these few thousand, far more than a rerank's 20.
/// </summary>
internal static class LexicalPrefilter
{
    /// <summary>The <paramref name="n"/> candidates with the highest lexical score (ties: the earlier passage), in no particular order.</summary>
    public static List<LexicalCandidate> Best(List<LexicalCandidate> candidates, int n)
    {
        if (candidates.Count <= n)
        {
            return candidates;
        }

        var heap = new PriorityQueue<LexicalCandidate, (float Score, int Neg)>(n + 1);
        foreach (var c in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(candidates))
        {
            if (heap.Count < n)
            {
                heap.Enqueue(c, (c.Score, -c.Passage));
            }
            else if (heap.TryPeek(out _, out var worst) && (c.Score > worst.Score || (c.Score == worst.Score && -c.Passage > worst.Neg)))
            {
                // Most candidates of a large scope fail this one comparison and never touch the heap.
                heap.DequeueEnqueue(c, (c.Score, -c.Passage));
            }
        }

        var best = new List<LexicalCandidate>(heap.Count);
        while (heap.TryDequeue(out var c, out _))
        {
            best.Add(c);
        }

        return best;
    }
}
