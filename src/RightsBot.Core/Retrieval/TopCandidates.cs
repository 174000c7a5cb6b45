namespace RightsBot.Core.Retrieval;

/// <summary>
/// The best <c>k</c> candidates seen so far, by score, ties to the lower passage number (the order every ranking
/// here uses). A min-heap of the kept ones, worst at the root, so that <see cref="Threshold"/> lets a caller
/// reject the great majority of candidates with one comparison, before even computing their exact score.
/// </summary>
internal sealed class TopCandidates
{
    private readonly LexicalCandidate[] _heap;

    public TopCandidates(int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        _heap = new LexicalCandidate[k];
    }

    public int Count { get; private set; }

    /// <summary>
    /// A candidate scoring below this cannot get in: the worst kept score once <c>k</c> are kept, else −∞. One
    /// scoring exactly this gets in only with a lower passage number than the worst kept.
    /// </summary>
    public float Threshold => Count == _heap.Length && Count > 0 ? _heap[0].Score : float.NegativeInfinity;

    /// <summary>Keeps the candidate if it is among the best <c>k</c> so far.</summary>
    public void Offer(in LexicalCandidate candidate)
    {
        if (Count < _heap.Length)
        {
            var i = Count++;
            _heap[i] = candidate;
            SiftUp(i);
        }
        else if (Count > 0 && Worse(_heap[0], candidate))
        {
            _heap[0] = candidate;
            SiftDown(0);
        }
    }

    /// <summary>The kept candidates, best first; the selector is empty afterwards.</summary>
    public LexicalCandidate[] TakeBestFirst()
    {
        var result = new LexicalCandidate[Count];
        for (var i = result.Length - 1; i >= 0; i--)
        {
            result[i] = _heap[0];
            _heap[0] = _heap[--Count];
            SiftDown(0);
        }

        return result;
    }

    // a ranks below b: lower score, or the same score and a later passage.
    private static bool Worse(in LexicalCandidate a, in LexicalCandidate b)
        => a.Score < b.Score || (a.Score == b.Score && a.Passage > b.Passage);

    private void SiftUp(int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (!Worse(_heap[i], _heap[parent]))
            {
                return;
            }

            (_heap[i], _heap[parent]) = (_heap[parent], _heap[i]);
            i = parent;
        }
    }

    private void SiftDown(int i)
    {
        while (true)
        {
            var worst = i;
            var left = (2 * i) + 1;
            if (left < Count && Worse(_heap[left], _heap[worst]))
            {
                worst = left;
            }

            if (left + 1 < Count && Worse(_heap[left + 1], _heap[worst]))
            {
                worst = left + 1;
            }

            if (worst == i)
            {
                return;
            }

            (_heap[i], _heap[worst]) = (_heap[worst], _heap[i]);
            i = worst;
        }
    }
}
