using System.Numerics;
using System.Runtime.InteropServices;

namespace RightsBot.Core.Retrieval;

/// <summary>
/// One query's scratch space over every passage, pooled by <see cref="PostingScorer"/>: a passage's two running
/// sums sit beside its two length factors in one 16-byte slot, so that adding a posting touches one cache line
/// rather than four arrays, and a bit per passage marks the ones touched. The touched passages are read back in
/// passage order (the bits) into a <see cref="CandidateBuffer"/>. A second set of bits marks the passages a pruned
/// search scores in full.
/// </summary>
internal sealed class PostingAccumulator
{
    // Below this many postings a marked passage, a term's postings are read through rather than searched.
    private const int SearchBelowDensity = 16;

    private readonly Slot[] _slots;
    private readonly ulong[] _touched;
    private readonly ulong[] _marked;
    private int _firstWord = int.MaxValue;
    private int _lastWord = -1;
    private int _markedCount;

    public PostingAccumulator(float[] invNorm, float[] bm25K)
    {
        _slots = new Slot[invNorm.Length];
        for (var p = 0; p < _slots.Length; p++)
        {
            _slots[p].InvNorm = invNorm[p];
            _slots[p].Bm25K = bm25K[p];
        }

        _touched = new ulong[(_slots.Length + 63) >> 6];
        _marked = new ulong[_touched.Length];
        Found = new CandidateBuffer(_slots.Length);
    }

    /// <summary>What <see cref="Collect"/> copied out.</summary>
    public CandidateBuffer Found { get; }

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

        Widen(passages);
        tf = tf[..passages.Length];
        var slots = _slots.AsSpan();

        // The touched bits of one 64-passage word are gathered in a register and written once the postings leave
        // it: or-ing each into memory made every posting wait for the one before when both fell in one word.
        var word = passages[0] >> 6;
        var bits = 0UL;
        for (var j = 0; j < passages.Length; j++)
        {
            var p = passages[j];
            if (p >> 6 != word)
            {
                _touched[word] |= bits;
                (word, bits) = (p >> 6, 0);
            }

            bits |= 1UL << p;
            float f = tf[j];
            ref var slot = ref slots[p];
            slot.Cosine += cosineWeight * f;
            slot.Bm25 += bm25Weight * f / (f + slot.Bm25K);
        }

        _touched[word] |= bits;
    }

    /// <summary>Marks the passages (ascending) to be scored in full by a pruned search.</summary>
    public void Mark(ReadOnlySpan<int> passages)
    {
        if (passages.IsEmpty)
        {
            return;
        }

        Widen(passages);
        foreach (var p in passages)
        {
            _marked[p >> 6] |= 1UL << p;
        }
    }

    /// <summary>Counts the marked passages; call once marking is done, before <see cref="AddMarked"/>.</summary>
    public void CountMarked()
    {
        _markedCount = 0;
        for (var w = _firstWord; w <= _lastWord; w++)
        {
            _markedCount += BitOperations.PopCount(_marked[w]);
        }
    }

    /// <summary>As <see cref="Add"/>, for the marked passages only.</summary>
    public void AddMarked(ReadOnlySpan<int> passages, ReadOnlySpan<byte> tf, float cosineWeight, float bm25Weight)
    {
        if (passages.IsEmpty)
        {
            return;
        }

        tf = tf[..passages.Length];
        if ((long)_markedCount * SearchBelowDensity >= passages.Length)
        {
            AddWhere(passages, tf, cosineWeight, bm25Weight, marked: 1);
            return;
        }

        // Few marked passages against a long list: look each of them up, galloping ahead from the last one found.
        var at = 0;
        for (var w = Math.Max(_firstWord, passages[0] >> 6); w <= Math.Min(_lastWord, passages[^1] >> 6); w++)
        {
            for (var bits = _marked[w]; bits != 0; bits &= bits - 1)
            {
                var p = (w << 6) + BitOperations.TrailingZeroCount(bits);
                at = Gallop(passages, at, p);
                if (at == passages.Length)
                {
                    return;
                }

                if (passages[at] == p)
                {
                    AddOne(p, tf[at], cosineWeight, bm25Weight);
                }
            }
        }
    }

    /// <summary>As <see cref="Add"/>, for the passages not marked: what a pruned search left out, when it must be scored after all.</summary>
    public void AddUnmarked(ReadOnlySpan<int> passages, ReadOnlySpan<byte> tf, float cosineWeight, float bm25Weight)
    {
        if (!passages.IsEmpty)
        {
            Widen(passages);
            AddWhere(passages, tf[..passages.Length], cosineWeight, bm25Weight, marked: 0);
        }
    }

    /// <summary>
    /// Copies every touched passage, in passage order, into <see cref="Found"/> with its cosine (TF-IDF sum × 1 / the
    /// passage's norm) and BM25 score, zeroing its slot: what is touched afterwards is copied by the next call.
    /// Marks stay until <see cref="Clear"/>.
    /// </summary>
    public void Collect()
    {
        for (var w = _firstWord; w <= _lastWord; w++)
        {
            for (var bits = _touched[w]; bits != 0; bits &= bits - 1)
            {
                var p = (w << 6) + BitOperations.TrailingZeroCount(bits);
                ref var slot = ref _slots[p];
                Found.Add(p, slot.Cosine * slot.InvNorm, slot.Bm25);
                (slot.Cosine, slot.Bm25) = (0, 0);
            }

            _touched[w] = 0;
        }
    }

    /// <summary>Zeroes what the query touched and marked, so that the next one starts from zeros.</summary>
    public void Clear()
    {
        for (var w = _firstWord; w <= _lastWord; w++)
        {
            for (var bits = _touched[w]; bits != 0; bits &= bits - 1)
            {
                ref var slot = ref _slots[(w << 6) + BitOperations.TrailingZeroCount(bits)];
                (slot.Cosine, slot.Bm25) = (0, 0);
            }

            (_touched[w], _marked[w]) = (0, 0);
        }

        (_firstWord, _lastWord, _markedCount) = (int.MaxValue, -1, 0);
        Found.Clear();
    }

    // The postings whose passage's mark is `marked` (1 or 0), a chunk at a time: first their positions, without a
    // branch (a marked passage is as likely as not, so branching on each mispredicted often), then the sums.
    private void AddWhere(ReadOnlySpan<int> passages, ReadOnlySpan<byte> tf, float cosineWeight, float bm25Weight, ulong marked)
    {
        Span<int> found = stackalloc int[256];
        for (var start = 0; start < passages.Length; start += found.Length)
        {
            var chunk = passages.Slice(start, Math.Min(found.Length, passages.Length - start));
            var n = 0;
            for (var j = 0; j < chunk.Length; j++)
            {
                var p = chunk[j];
                found[n] = j;
                n += (int)(((_marked[p >> 6] >> p) & 1) ^ marked ^ 1);
            }

            foreach (var j in found[..n])
            {
                AddOne(chunk[j], tf[start + j], cosineWeight, bm25Weight);
            }
        }
    }

    private void AddOne(int p, float tf, float cosineWeight, float bm25Weight)
    {
        ref var slot = ref _slots[p];
        slot.Cosine += cosineWeight * tf;
        slot.Bm25 += bm25Weight * tf / (tf + slot.Bm25K);
        _touched[p >> 6] |= 1UL << p;
    }

    private void Widen(ReadOnlySpan<int> passages)
    {
        _firstWord = Math.Min(_firstWord, passages[0] >> 6);
        _lastWord = Math.Max(_lastWord, passages[^1] >> 6);
    }

    // The first position from `at` on whose passage is not below `passage`: steps of 1, 2, 4… then a binary search.
    private static int Gallop(ReadOnlySpan<int> passages, int at, int passage)
    {
        int step = 1, low = at, high = at;
        while (high < passages.Length && passages[high] < passage)
        {
            low = high + 1;
            high += step;
            step <<= 1;
        }

        return InvertedIndex.LowerBound(passages, low, Math.Min(high, passages.Length), passage);
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
