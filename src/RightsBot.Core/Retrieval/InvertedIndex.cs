namespace RightsBot.Core.Retrieval;

/// <summary>
/// Term → (passage, term frequency) postings in flat arrays (CSR layout), passages ascending within a term.
/// Both weights are kept factored, five bytes a posting: the L2-normalised ML.NET TF-IDF value is
/// tf × idf(term) × invNorm(passage), and the BM25 weight is idf(term) × tf / (tf + K(passage)); the term
/// factors come with the query, the passage factors are one array each. Scoring touches only the postings of
/// the query's terms; with a report filter, only the part of each posting list inside the filter's passage
/// ranges (found by binary search).
/// </summary>
internal sealed class InvertedIndex
{
    private readonly int[] _offsets;   // term t's postings are [_offsets[t], _offsets[t + 1])
    private readonly int[] _passages;
    private readonly byte[] _tf;       // capped at 255; no passage comes near
    private readonly float[] _invNorm; // per passage: 1 / L2 norm of its ML.NET TF-IDF vector
    private readonly float[] _bm25K;   // per passage: k1 × (1 − b + b × length / mean length)
    private readonly System.Collections.Concurrent.ConcurrentBag<PostingAccumulator> _accumulators = []; // pooled: a query allocates nothing proportional to the corpus

    internal InvertedIndex(int[] offsets, int[] passages, byte[] tf, float[] invNorm, float[] bm25K)
    {
        PassageCount = invNorm.Length;
        _offsets = offsets;
        _passages = passages;
        _tf = tf;
        _invNorm = invNorm;
        _bm25K = bm25K;
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

    /// <summary>Whether any passage inside the ranges (anywhere when null) contains the term.</summary>
    public bool AnyIn(int term, IReadOnlyList<(int Start, int End)>? ranges)
    {
        if (term < 0 || term >= TermCount)
        {
            return false;
        }

        var (from, to) = (_offsets[term], _offsets[term + 1]);
        if (ranges is null)
        {
            return to > from;
        }

        foreach (var (start, end) in ranges)
        {
            var i = LowerBound(from, to, start);
            if (i < to && _passages[i] < end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Number of passages containing the term.</summary>
    public int DocumentFrequency(int term) => term < TermCount ? _offsets[term + 1] - _offsets[term] : 0;

    /// <summary>
    /// Builds the postings from ML.NET's TF-IDF vectors (values tf × idf, see <see cref="TermVocabulary.TfidfIdf"/>)
    /// and the passages' lengths in analysed tokens.
    /// </summary>
    public static InvertedIndex Build(IReadOnlyList<SparseVector> tfidf, TermVocabulary vocabulary, IReadOnlyList<int> lengths, float k1, float b)
    {
        var maxTerm = -1;
        long total = 0;
        foreach (var v in tfidf)
        {
            total += v.Count;
            if (v.Count > 0)
            {
                maxTerm = Math.Max(maxTerm, v.Indices[^1]);
            }
        }

        var offsets = new int[maxTerm + 2];
        foreach (var v in tfidf)
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
        var tf = new byte[total];
        var invNorm = new float[tfidf.Count];
        var bm25K = new float[tfidf.Count];
        var average = Math.Max(1, lengths.Average());
        var fill = (int[])offsets.Clone();
        for (var p = 0; p < tfidf.Count; p++)
        {
            var v = tfidf[p];
            double norm = 0;
            for (var i = 0; i < v.Count; i++)
            {
                norm += (double)v.Values[i] * v.Values[i];
                var slot = fill[v.Indices[i]]++;
                passages[slot] = p;
                var idf = vocabulary.TfidfIdf(v.Indices[i]);
                tf[slot] = (byte)Math.Clamp(idf > 0 ? MathF.Round(v.Values[i] / idf) : 1, 1, 255);
            }

            invNorm[p] = norm > 0 ? (float)(1 / Math.Sqrt(norm)) : 0f;
            bm25K[p] = (float)(k1 * (1 - b + (b * lengths[p] / average)));
        }

        return new InvertedIndex(offsets, passages, tf, invNorm, bm25K);
    }

    /// <summary>
    /// The <paramref name="k"/> best passages by <see cref="LexicalBlend"/> (each signal scaled by its best among
    /// every passage sharing a term with the query), best first, ties to the lower passage number.
    /// </summary>
    public LexicalCandidate[] Top(ReadOnlySpan<QueryWeight> query, IReadOnlyList<(int Start, int End)>? ranges, int k, float cosineWeight, float bm25Weight)
    {
        var top = new TopCandidates(k);
        var acc = Rent();
        try
        {
            acc.DrainInto(top, Accumulate(acc, query, ranges, cosineWeight, bm25Weight));
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
        var acc = Rent();
        try
        {
            acc.DrainInto(into, Accumulate(acc, query, ranges, cosineWeight, bm25Weight));
        }
        finally
        {
            Return(acc);
        }
    }

    private PostingAccumulator Rent() => _accumulators.TryTake(out var acc) ? acc : new PostingAccumulator(_invNorm, _bm25K);

    private void Return(PostingAccumulator acc)
    {
        acc.Clear();
        _accumulators.Add(acc);
    }

    // Term at a time, in the query's order (so each passage's sums add up exactly as they always did), then the
    // maxima the blend scales by.
    private LexicalBlend Accumulate(PostingAccumulator acc, ReadOnlySpan<QueryWeight> query, IReadOnlyList<(int Start, int End)>? ranges, float cosineWeight, float bm25Weight)
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
                acc.Add(_passages.AsSpan(from, to - from), _tf.AsSpan(from, to - from), qc, qb);
                continue;
            }

            foreach (var (start, end) in ranges)
            {
                var lo = LowerBound(from, to, start);
                var hi = LowerBound(lo, to, end);
                acc.Add(_passages.AsSpan(lo, hi - lo), _tf.AsSpan(lo, hi - lo), qc, qb);
            }
        }

        var (maxCosine, maxBm25) = acc.Finish();
        return new LexicalBlend(cosineWeight, bm25Weight, maxCosine, maxBm25);
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
        BinaryArrays.Write(writer, _offsets);
        BinaryArrays.Write(writer, _passages);
        BinaryArrays.Write(writer, _tf);
        BinaryArrays.Write(writer, _invNorm);
        BinaryArrays.Write(writer, _bm25K);
    }

    public static InvertedIndex Read(BinaryReader reader)
    {
        return new InvertedIndex(BinaryArrays.Read<int>(reader), BinaryArrays.Read<int>(reader), BinaryArrays.Read<byte>(reader), BinaryArrays.Read<float>(reader), BinaryArrays.Read<float>(reader));
    }
}
