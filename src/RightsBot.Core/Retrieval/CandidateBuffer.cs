using System.Numerics;

namespace RightsBot.Core.Retrieval;

/// <summary>
/// The passages a query touched, copied out of <see cref="PostingAccumulator"/> in one pass with their cosine and
/// BM25 and the best of each: the blend needs those maxima before it can score anyone, and reading the candidates
/// again from three flat arrays is far cheaper than from the accumulator's slots. Pooled with it.
/// </summary>
internal sealed class CandidateBuffer(int capacity)
{
    private readonly int[] _passages = new int[capacity];
    private readonly float[] _cosine = new float[capacity];
    private readonly float[] _bm25 = new float[capacity];

    public int Count { get; private set; }

    public float MaxCosine { get; private set; }

    public float MaxBm25 { get; private set; }

    public void Add(int passage, float cosine, float bm25)
    {
        var i = Count++;
        (_passages[i], _cosine[i], _bm25[i]) = (passage, cosine, bm25);
        MaxCosine = Math.Max(MaxCosine, cosine);
        MaxBm25 = Math.Max(MaxBm25, bm25);
    }

    public void Clear() => (Count, MaxCosine, MaxBm25) = (0, 0, 0);

    /// <summary>
    /// Offers every candidate, scored by <paramref name="blend"/>, to <paramref name="top"/>. A vector of them at a
    /// time is first checked against the worst score kept: once <c>k</c> are kept, nearly all fall short.
    /// </summary>
    public void SelectInto(TopCandidates top, in LexicalBlend blend)
    {
        var threshold = top.Threshold;
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var cosine = _cosine.AsSpan(0, Count);
            var bm25 = _bm25.AsSpan(0, Count);
            for (; i <= Count - Vector<float>.Count; i += Vector<float>.Count)
            {
                if (!blend.SurelyBelow(new Vector<float>(cosine[i..]), new Vector<float>(bm25[i..]), threshold))
                {
                    for (var j = i; j < i + Vector<float>.Count; j++)
                    {
                        threshold = Offer(top, blend, j, threshold);
                    }
                }
            }
        }

        for (; i < Count; i++)
        {
            threshold = Offer(top, blend, i, threshold);
        }
    }

    /// <summary>Adds every candidate, scored by <paramref name="blend"/>, to <paramref name="into"/>, in the order they came.</summary>
    public void DrainInto(List<LexicalCandidate> into, in LexicalBlend blend)
    {
        into.EnsureCapacity(into.Count + Count);
        for (var i = 0; i < Count; i++)
        {
            into.Add(new LexicalCandidate(_passages[i], _cosine[i], _bm25[i], blend.Score(_cosine[i], _bm25[i])));
        }

        Clear();
    }

    private float Offer(TopCandidates top, in LexicalBlend blend, int i, float threshold)
    {
        var (cosine, bm25) = (_cosine[i], _bm25[i]);
        if (blend.SurelyBelow(cosine, bm25, threshold))
        {
            return threshold;
        }

        top.Offer(new LexicalCandidate(_passages[i], cosine, bm25, blend.Score(cosine, bm25)));
        return top.Threshold;
    }
}
