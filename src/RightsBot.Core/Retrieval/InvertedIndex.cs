namespace RightsBot.Core.Retrieval;

/// <summary>
/// Term → (passage, weights) postings in flat arrays (CSR layout), passages ascending within a term. Each
/// posting carries two weights: the passage's L2-normalised ML.NET TF-IDF value (for cosine) and its BM25 term
/// weight. Scoring touches only the postings of the query's terms; with a report filter, only the part of each
/// posting list inside the filter's passage ranges (found by binary search).
/// </summary>
internal sealed class InvertedIndex
{
    private readonly int[] _offsets;   // term t's postings are [_offsets[t], _offsets[t + 1])
    private readonly int[] _passages;
    private readonly float[] _cosine;
    private readonly float[] _bm25;
    private readonly System.Collections.Concurrent.ConcurrentBag<Accumulator> _accumulators = [];

    internal InvertedIndex(int passageCount, int[] offsets, int[] passages, float[] cosine, float[] bm25)
    {
        PassageCount = passageCount;
        _offsets = offsets;
        _passages = passages;
        _cosine = cosine;
        _bm25 = bm25;
    }

    public int PassageCount { get; }

    public int TermCount => _offsets.Length - 1;

    public long PostingCount => _passages.Length;

    /// <summary>True when the passage's vector has the term (binary search in its postings).</summary>
    public bool Contains(int term, int passage)
    {
        if (term < 0 || term >= TermCount)
        {
            return false;
        }

        var to = _offsets[term + 1];
        var i = LowerBound(_offsets[term], to, passage);
        return i < to && _passages[i] == passage;
    }

    /// <summary>Number of passages containing the term.</summary>
    public int DocumentFrequency(int term) => term < TermCount ? _offsets[term + 1] - _offsets[term] : 0;

    /// <summary>Builds the postings from per-passage sparse vectors and BM25 weights with the same indices.</summary>
    public static InvertedIndex Build(IReadOnlyList<SparseVector> cosine, IReadOnlyList<float[]> bm25)
    {
        var maxTerm = -1;
        long total = 0;
        foreach (var v in cosine)
        {
            total += v.Count;
            if (v.Count > 0)
            {
                maxTerm = Math.Max(maxTerm, v.Indices[^1]);
            }
        }

        var offsets = new int[maxTerm + 2];
        foreach (var v in cosine)
        {
            foreach (var t in v.Indices)
            {
                offsets[t + 1]++;
            }
        }

        for (var t = 0; t < maxTerm + 1; t++)
        {
            offsets[t + 1] += offsets[t];
        }

        var passages = new int[total];
        var cos = new float[total];
        var bm = new float[total];
        var fill = (int[])offsets.Clone();
        for (var p = 0; p < cosine.Count; p++)
        {
            var v = cosine[p];
            for (var i = 0; i < v.Count; i++)
            {
                var slot = fill[v.Indices[i]]++;
                passages[slot] = p;
                cos[slot] = v.Values[i];
                bm[slot] = bm25[p][i];
            }
        }

        return new InvertedIndex(cosine.Count, offsets, passages, cos, bm);
    }

    /// <summary>
    /// Scores the passages that share a term with the query: cosine (TF-IDF) and BM25 sums, restricted to
    /// <paramref name="ranges"/> when given. Calls <paramref name="collect"/> for each touched passage.
    /// </summary>
    public void Score(
        ReadOnlySpan<(int Term, float CosineWeight, float Bm25Weight)> query,
        IReadOnlyList<(int Start, int End)>? ranges,
        Action<int, float, float> collect)
    {
        if (!_accumulators.TryTake(out var acc))
        {
            acc = new Accumulator(PassageCount);
        }

        try
        {
            foreach (var (term, qc, qb) in query)
            {
                if (term < 0 || term >= TermCount)
                {
                    continue;
                }

                var from = _offsets[term];
                var to = _offsets[term + 1];
                if (ranges is null)
                {
                    Accumulate(acc, from, to, qc, qb);
                    continue;
                }

                foreach (var (start, end) in ranges)
                {
                    var lo = LowerBound(from, to, start);
                    var hi = LowerBound(lo, to, end);
                    Accumulate(acc, lo, hi, qc, qb);
                }
            }

            foreach (var p in acc.Touched)
            {
                collect(p, acc.Cosine[p], acc.Bm25[p]);
            }
        }
        finally
        {
            acc.Reset();
            _accumulators.Add(acc);
        }
    }

    private void Accumulate(Accumulator acc, int from, int to, float qc, float qb)
    {
        for (var j = from; j < to; j++)
        {
            var p = _passages[j];
            if (!acc.Seen[p])
            {
                acc.Seen[p] = true;
                acc.Touched.Add(p);
            }

            acc.Cosine[p] += qc * _cosine[j];
            acc.Bm25[p] += qb * _bm25[j];
        }
    }

    private int LowerBound(int from, int to, int passage)
    {
        int lo = from, hi = to;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_passages[mid] < passage)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(PassageCount);
        WriteArray(writer, _offsets);
        WriteArray(writer, _passages);
        WriteArray(writer, _cosine);
        WriteArray(writer, _bm25);
    }

    public static InvertedIndex Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        return new InvertedIndex(count, ReadArray<int>(reader), ReadArray<int>(reader), ReadArray<float>(reader), ReadArray<float>(reader));
    }

    private static void WriteArray<T>(BinaryWriter writer, T[] values)
        where T : unmanaged
    {
        writer.Write(values.Length);
        writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
    }

    private static T[] ReadArray<T>(BinaryReader reader)
        where T : unmanaged
    {
        var values = new T[reader.ReadInt32()];
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan());
        reader.BaseStream.ReadExactly(bytes);
        return values;
    }

    // Pooled scratch space, so a query allocates nothing proportional to the corpus.
    private sealed class Accumulator(int size)
    {
        public float[] Cosine { get; } = new float[size];

        public float[] Bm25 { get; } = new float[size];

        public bool[] Seen { get; } = new bool[size];

        public List<int> Touched { get; } = [];

        public void Reset()
        {
            foreach (var p in Touched)
            {
                Cosine[p] = 0;
                Bm25[p] = 0;
                Seen[p] = false;
            }

            Touched.Clear();
        }
    }
}
