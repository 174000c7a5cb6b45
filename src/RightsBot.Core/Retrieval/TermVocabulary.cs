namespace RightsBot.Core.Retrieval;

/// <summary>
/// The n-gram vocabulary ML.NET fitted, with document frequencies: turns analysed text into the same
/// tf × ln(N/df) vectors ML.NET produces (unigrams and adjacent bigrams, "a|b"), and gives BM25's IDF.
/// </summary>
internal sealed class TermVocabulary
{
    private readonly Dictionary<string, int> _ids;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly float[] _tfidfIdf;
    private readonly float[] _bm25Idf;

    public TermVocabulary(string[] terms, int[] documentFrequencies, int documents)
    {
        Terms = terms;
        DocumentFrequencies = documentFrequencies;
        Documents = documents;
        _ids = new Dictionary<string, int>(terms.Length, StringComparer.Ordinal);
        for (var i = 0; i < terms.Length; i++)
        {
            _ids[terms[i]] = i;
        }

        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        _tfidfIdf = new float[terms.Length];
        _bm25Idf = new float[terms.Length];
        for (var t = 0; t < terms.Length; t++)
        {
            var df = documentFrequencies[t];
            _tfidfIdf[t] = df == 0 ? 0 : (float)Math.Log(documents / (double)df);
            _bm25Idf[t] = df == 0 ? 0 : (float)Math.Log(1 + ((documents - df + 0.5) / (df + 0.5)));
        }
    }

    public string[] Terms { get; }

    public int[] DocumentFrequencies { get; }

    public int Documents { get; }

    public int Count => Terms.Length;

    public int Id(string term) => _ids.GetValueOrDefault(term, -1);

    public int Id(ReadOnlySpan<char> term) => _lookup.TryGetValue(term, out var id) ? id : -1;

    public float TfidfIdf(int term) => _tfidfIdf[term];

    public float Bm25Idf(int term) => _bm25Idf[term];

    /// <summary>Term counts of analysed text: each token, and each pair of adjacent tokens as "a|b".</summary>
    public Dictionary<int, int> CountTerms(string analyzedText)
    {
        var counts = new Dictionary<int, int>();
        Span<char> pair = stackalloc char[256];
        ReadOnlySpan<char> previous = default;
        foreach (var range in analyzedText.AsSpan().Split(' '))
        {
            var token = analyzedText.AsSpan(range);
            if (token.IsEmpty)
            {
                continue;
            }

            var id = Id(token);
            if (id >= 0)
            {
                counts[id] = counts.GetValueOrDefault(id) + 1;
            }

            if (!previous.IsEmpty && previous.Length + token.Length + 1 <= pair.Length)
            {
                previous.CopyTo(pair);
                pair[previous.Length] = '|';
                token.CopyTo(pair[(previous.Length + 1)..]);
                var bigram = Id(pair[..(previous.Length + token.Length + 1)]);
                if (bigram >= 0)
                {
                    counts[bigram] = counts.GetValueOrDefault(bigram) + 1;
                }
            }

            previous = token;
        }

        return counts;
    }

    /// <summary>The L2-normalised TF-IDF vector of analysed text: what ML.NET's transform gives, normalised.</summary>
    public SparseVector Vectorize(string analyzedText)
    {
        var counts = CountTerms(analyzedText);
        var indices = counts.Keys.Where(t => _tfidfIdf[t] > 0).Order().ToArray();
        var values = new float[indices.Length];
        double norm = 0;
        for (var i = 0; i < indices.Length; i++)
        {
            values[i] = counts[indices[i]] * _tfidfIdf[indices[i]];
            norm += values[i] * values[i];
        }

        if (norm > 0)
        {
            var scale = (float)(1 / Math.Sqrt(norm));
            for (var i = 0; i < values.Length; i++)
            {
                values[i] *= scale;
            }
        }

        return new SparseVector(indices, values);
    }
}
