using System.Numerics;
using System.Runtime.InteropServices;

namespace RightsBot.Core.Retrieval;

/// <summary>
/// One query's scratch space over every passage, pooled by <see cref="InvertedIndex"/>: a passage's two running
/// sums sit beside its two length factors in one 16-byte slot, so that adding a posting touches one cache line
/// rather than four arrays, and a bit per passage marks the ones touched. The touched passages are then read in
/// passage order (the bits), each slot cleared as it is read, so the next query starts from zeros.
/// </summary>
internal sealed class PostingAccumulator
{
    private readonly Slot[] _slots;
    private readonly ulong[] _touched;
    private int _firstWord = int.MaxValue;
    private int _lastWord = -1;

    public PostingAccumulator(float[] invNorm, float[] bm25K)
    {
        _slots = new Slot[invNorm.Length];
        for (var p = 0; p < _slots.Length; p++)
        {
            _slots[p].InvNorm = invNorm[p];
            _slots[p].Bm25K = bm25K[p];
        }

        _touched = new ulong[(_slots.Length + 63) >> 6];
    }

    /// <summary>
    /// Adds one term's postings (ascending passages): <paramref name="cosineWeight"/> × tf to the TF-IDF sum and
    /// <paramref name="bm25Weight"/> × tf / (tf + K(passage)) to the BM25 sum, as the term-at-a-time sums always were.
    /// </summary>
    public void Add(ReadOnlySpan<int> passages, ReadOnlySpan<byte> tf, float cosineWeight, float bm25Weight)
    {
        if (passages.IsEmpty)
        {
            return;
        }

        _firstWord = Math.Min(_firstWord, passages[0] >> 6);
        _lastWord = Math.Max(_lastWord, passages[^1] >> 6);
        var slots = _slots.AsSpan();
        var touched = _touched.AsSpan();
        tf = tf[..passages.Length];
        for (var j = 0; j < passages.Length; j++)
        {
            var p = passages[j];
            float f = tf[j];
            ref var slot = ref slots[p];
            slot.Cosine += cosineWeight * f;
            slot.Bm25 += bm25Weight * f / (f + slot.Bm25K);
            touched[p >> 6] |= 1UL << p;
        }
    }

    /// <summary>
    /// Turns each touched passage's TF-IDF sum into its cosine (× 1 / its norm) and returns the best cosine and
    /// BM25 score among them: what <see cref="LexicalBlend"/> scales by.
    /// </summary>
    public (float MaxCosine, float MaxBm25) Finish()
    {
        float maxCosine = 0, maxBm25 = 0;
        for (var w = _firstWord; w <= _lastWord; w++)
        {
            for (var bits = _touched[w]; bits != 0; bits &= bits - 1)
            {
                ref var slot = ref _slots[(w << 6) + BitOperations.TrailingZeroCount(bits)];
                slot.Cosine *= slot.InvNorm;
                maxCosine = Math.Max(maxCosine, slot.Cosine);
                maxBm25 = Math.Max(maxBm25, slot.Bm25);
            }
        }

        return (maxCosine, maxBm25);
    }

    /// <summary>Offers every touched passage, scored by <paramref name="blend"/>, to <paramref name="top"/>; clears.</summary>
    public void DrainInto(TopCandidates top, in LexicalBlend blend)
    {
        var threshold = top.Threshold;
        for (var w = _firstWord; w <= _lastWord; w++)
        {
            for (var bits = _touched[w]; bits != 0; bits &= bits - 1)
            {
                var p = (w << 6) + BitOperations.TrailingZeroCount(bits);
                ref var slot = ref _slots[p];
                var (cosine, bm25) = (slot.Cosine, slot.Bm25);
                (slot.Cosine, slot.Bm25) = (0, 0);

                // Passages come in ascending order: one that only ties the worst kept score comes after it and loses.
                if (!blend.SurelyBelow(cosine, bm25, threshold))
                {
                    top.Offer(new LexicalCandidate(p, cosine, bm25, blend.Score(cosine, bm25)));
                    threshold = top.Threshold;
                }
            }

            _touched[w] = 0;
        }

        (_firstWord, _lastWord) = (int.MaxValue, -1);
    }

    /// <summary>Adds every touched passage, scored by <paramref name="blend"/>, to <paramref name="into"/>; clears.</summary>
    public void DrainInto(List<LexicalCandidate> into, in LexicalBlend blend)
    {
        for (var w = _firstWord; w <= _lastWord; w++)
        {
            for (var bits = _touched[w]; bits != 0; bits &= bits - 1)
            {
                var p = (w << 6) + BitOperations.TrailingZeroCount(bits);
                ref var slot = ref _slots[p];
                into.Add(new LexicalCandidate(p, slot.Cosine, slot.Bm25, blend.Score(slot.Cosine, slot.Bm25)));
                (slot.Cosine, slot.Bm25) = (0, 0);
            }

            _touched[w] = 0;
        }

        (_firstWord, _lastWord) = (int.MaxValue, -1);
    }

    /// <summary>Clears whatever is left, after a query that failed half-way.</summary>
    public void Clear()
    {
        for (var w = _firstWord; w <= _lastWord; w++)
        {
            for (var bits = _touched[w]; bits != 0; bits &= bits - 1)
            {
                ref var slot = ref _slots[(w << 6) + BitOperations.TrailingZeroCount(bits)];
                (slot.Cosine, slot.Bm25) = (0, 0);
            }

            _touched[w] = 0;
        }

        (_firstWord, _lastWord) = (int.MaxValue, -1);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Slot
    {
        public float Cosine;
        public float Bm25;
        public float Bm25K;
        public float InvNorm;
    }
}
