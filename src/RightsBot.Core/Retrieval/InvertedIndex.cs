namespace RightsBot.Core.Retrieval;

/// <summary>
/// Term → (passage, term frequency) postings in flat arrays (CSR layout), passages ascending within a term.
/// Both weights are kept factored, five bytes a posting: the L2-normalised ML.NET TF-IDF value is
/// tf × idf(term) × invNorm(passage), and the BM25 weight is idf(term) × tf / (tf + K(passage)); the term
/// factors come with the query, the passage factors are one array each. Scoring touches only the postings of
/// the query's terms; with a report filter, only the part of each posting list inside the filter's passage
/// ranges (found by binary search). Each term also keeps the most its postings can add to either sum, so that
/// a top-k search can leave out the passages that hold only common terms (see <see cref="PostingScorer"/>).
/// </summary>
internal sealed class InvertedIndex
{
    private readonly int[] _offsets;   // term t's postings are [_offsets[t], _offsets[t + 1])
    private readonly int[] _passages;
    private readonly byte[] _tf;       // capped at 255; no passage comes near
    private readonly float[] _invNorm; // per passage: 1 / L2 norm of its ML.NET TF-IDF vector
    private readonly float[] _bm25K;   // per passage: k1 × (1 − b + b × length / mean length)
    private readonly float[] _maxCosineFactor; // per term: the largest tf × invNorm(passage) of its postings
    private readonly float[] _maxBm25Factor;   // per term: the largest tf / (tf + K(passage)) of its postings

    internal InvertedIndex(int[] offsets, int[] passages, byte[] tf, float[] invNorm, float[] bm25K, float[]? maxCosineFactor = null, float[]? maxBm25Factor = null)
    {
        PassageCount = invNorm.Length;
        _offsets = offsets;
        _passages = passages;
        _tf = tf;
        _invNorm = invNorm;
        _bm25K = bm25K;
        if (maxCosineFactor is null || maxBm25Factor is null)
        {
            (maxCosineFactor, maxBm25Factor) = (new float[TermCount], new float[TermCount]);
            for (var t = 0; t < TermCount; t++)
            {
                for (var j = _offsets[t]; j < _offsets[t + 1]; j++)
                {
                    float f = _tf[j];
                    var p = _passages[j];
                    maxCosineFactor[t] = Math.Max(maxCosineFactor[t], f * _invNorm[p]);
                    maxBm25Factor[t] = Math.Max(maxBm25Factor[t], f / (f + _bm25K[p]));
                }
            }
        }
        else if (maxCosineFactor.Length != TermCount || maxBm25Factor.Length != TermCount)
        {
            throw new InvalidDataException("the postings' term bounds do not match their terms");
        }

        (_maxCosineFactor, _maxBm25Factor) = (maxCosineFactor, maxBm25Factor);
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

    /// <summary>The passages of postings [from, to) (see <see cref="Range"/>), ascending within a term.</summary>
    internal ReadOnlySpan<int> Passages(int from, int to) => _passages.AsSpan(from, to - from);

    /// <summary>The term frequencies of postings [from, to).</summary>
    internal ReadOnlySpan<byte> Tf(int from, int to) => _tf.AsSpan(from, to - from);

    /// <summary>Where the term's postings are, inside [start, end) of the passages when given.</summary>
    internal (int From, int To) Range(int term, int start = 0, int end = int.MaxValue)
    {
        var (from, to) = (_offsets[term], _offsets[term + 1]);
        if (start > 0)
        {
            from = LowerBound(from, to, start);
        }

        return (from, end == int.MaxValue ? to : LowerBound(from, to, end));
    }

    /// <summary>
    /// The most one posting of the term can add, before the query's weights: tf × invNorm to a cosine, and
    /// tf / (tf + K) to a BM25 score.
    /// </summary>
    internal (float Cosine, float Bm25) MaxFactors(int term) => (_maxCosineFactor[term], _maxBm25Factor[term]);

    /// <summary>Scratch space for one query at a time over these passages.</summary>
    internal PostingAccumulator NewAccumulator() => new(_invNorm, _bm25K);

    private int LowerBound(int from, int to, int passage) => LowerBound(_passages, from, to, passage);

    /// <summary>The first position in [from, to) of ascending <paramref name="passages"/> whose passage is not below <paramref name="passage"/>.</summary>
    internal static int LowerBound(ReadOnlySpan<int> passages, int from, int to, int passage)
    {
        int lo = from, hi = to;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (passages[mid] < passage)
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
        BinaryArrays.Write(writer, _maxCosineFactor);
        BinaryArrays.Write(writer, _maxBm25Factor);
    }

    public static InvertedIndex Read(BinaryReader reader)
    {
        return new InvertedIndex(
            BinaryArrays.Read<int>(reader), BinaryArrays.Read<int>(reader), BinaryArrays.Read<byte>(reader), BinaryArrays.Read<float>(reader), BinaryArrays.Read<float>(reader),
            BinaryArrays.Read<float>(reader), BinaryArrays.Read<float>(reader));
    }
}
