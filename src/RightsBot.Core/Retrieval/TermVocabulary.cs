using System.Numerics;

namespace RightsBot.Core.Retrieval;

/// <summary>
/// The n-gram vocabulary ML.NET fitted, with document frequencies: turns analysed text into the same
/// tf × ln(N/df) vectors ML.NET produces (unigrams and adjacent bigrams, "a|b"), and gives BM25's IDF.
/// </summary>
internal sealed class TermVocabulary
{
    // All terms in one block of characters, term i at [_starts[i], _starts[i + 1]), found through an open-addressing
    // table of term id + 1 (0: empty) at most 3/8 full. At full scale that is 1.6 M terms: as strings in a
    // Dictionary they took 0.5–0.8 s to load and about 125 MB; as one block, a few tens of milliseconds and 60 MB.
    private readonly char[] _chars;
    private readonly int[] _starts;
    private readonly int[] _slots;
    private readonly float[] _tfidfIdf;
    private readonly float[] _bm25Idf;

    public TermVocabulary(string[] terms, int[] documentFrequencies, int documents)
        : this(Concatenate(terms), documentFrequencies, documents)
    {
    }

    private TermVocabulary((char[] Chars, int[] Starts) terms, int[] documentFrequencies, int documents)
    {
        (_chars, _starts) = terms;
        if (documentFrequencies.Length != Count)
        {
            throw new InvalidDataException("document frequencies do not match the vocabulary");
        }

        DocumentFrequencies = documentFrequencies;
        Documents = documents;
        _slots = new int[(int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, (Count * 8 / 3) + 1))];
        var mask = _slots.Length - 1;
        for (var id = 0; id < Count; id++)
        {
            var term = Term(id);
            var slot = Hash(term) & mask;
            // A repeated term keeps its last id, as a dictionary filled in order would.
            while (_slots[slot] != 0 && !Term(_slots[slot] - 1).SequenceEqual(term))
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = id + 1;
        }

        _tfidfIdf = new float[Count];
        _bm25Idf = new float[Count];
        for (var t = 0; t < Count; t++)
        {
            var df = documentFrequencies[t];
            _tfidfIdf[t] = df == 0 ? 0 : (float)Math.Log(documents / (double)df);
            _bm25Idf[t] = df == 0 ? 0 : (float)Math.Log(1 + ((documents - df + 0.5) / (df + 0.5)));
        }
    }

    public int[] DocumentFrequencies { get; }

    public int Documents { get; }

    public int Count => _starts.Length - 1;

    public int Id(string term) => Id(term.AsSpan());

    public int Id(ReadOnlySpan<char> term)
    {
        var mask = _slots.Length - 1;
        for (var slot = Hash(term) & mask; _slots[slot] != 0; slot = (slot + 1) & mask)
        {
            if (Term(_slots[slot] - 1).SequenceEqual(term))
            {
                return _slots[slot] - 1;
            }
        }

        return -1;
    }

    public float TfidfIdf(int term) => _tfidfIdf[term];

    public float Bm25Idf(int term) => _bm25Idf[term];

    /// <summary>Writes the terms (not the frequencies: the postings give them back).</summary>
    public void Write(BinaryWriter writer)
    {
        BinaryArrays.Write(writer, _starts);
        BinaryArrays.Write(writer, _chars);
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    public static TermVocabulary Read(BinaryReader reader, Func<int, int[]> documentFrequencies, int documents)
    {
        var starts = BinaryArrays.Read<int>(reader);
        var chars = BinaryArrays.Read<char>(reader);
        if (starts.Length == 0 || starts[0] != 0 || starts[^1] != chars.Length)
        {
            throw new InvalidDataException("the vocabulary's term offsets are damaged");
        }

        for (var i = 1; i < starts.Length; i++)
        {
            if (starts[i] < starts[i - 1])
            {
                throw new InvalidDataException("the vocabulary's term offsets are damaged");
            }
        }

        return new TermVocabulary((chars, starts), documentFrequencies(starts.Length - 1), documents);
    }

    /// <summary>The term with this id.</summary>
    public ReadOnlySpan<char> Term(int id) => _chars.AsSpan(_starts[id], _starts[id + 1] - _starts[id]);

    // FNV-1a over the characters, then mixed so that the low bits the table uses depend on every character.
    private static int Hash(ReadOnlySpan<char> term)
    {
        var h = 2166136261u;
        foreach (var c in term)
        {
            h = (h ^ c) * 16777619u;
        }

        h ^= h >> 15;
        h *= 0x2c1b3c6du;
        h ^= h >> 12;
        return (int)(h & int.MaxValue);
    }

    private static (char[] Chars, int[] Starts) Concatenate(string[] terms)
    {
        var starts = new int[terms.Length + 1];
        for (var i = 0; i < terms.Length; i++)
        {
            starts[i + 1] = starts[i] + terms[i].Length;
        }

        var chars = new char[starts[^1]];
        for (var i = 0; i < terms.Length; i++)
        {
            terms[i].CopyTo(chars.AsSpan(starts[i]));
        }

        return (chars, starts);
    }

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
