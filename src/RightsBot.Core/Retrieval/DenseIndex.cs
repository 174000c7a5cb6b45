using System.Numerics.Tensors;

namespace RightsBot.Core.Retrieval;

/// <summary>
/// Sentence-embedding vectors of every sentence of every passage, stored in 8 bits (<see cref="DenseRecord"/>)
/// end to end, in memory or memory-mapped from the cache file; a passage is as close to a question as its
/// closest sentence. Scored by brute-force integer dot product over the passages a question is limited to.
/// </summary>
/// <remarks>
/// Sentences, not whole passages: on the dev set, ranking passages by their best sentence gave recall@1 0.900
/// and MRR 0.944 against 0.775 and 0.870 for one vector a passage, and it separates the questions the reports
/// answer (one sentence says it) from those they only touch. The cost is about three vectors a passage.
/// <para>
/// Snapshots of the index share one instance and are swapped at run time without knowing who still reads them
/// (<see cref="PassageIndexProvider"/>), so a mapped index is never disposed on a swap: the mapping goes when the
/// garbage collector finds no snapshot holds it (<see cref="DenseRecords"/> makes that safe during a read).
/// </para>
/// </remarks>
internal sealed class DenseIndex : ISentenceVectors, IDisposable
{
    // Shorter pieces ("Not all cases led to prosecution.") are kept with their neighbour, see Sentences.
    private const int MinSentenceWords = 4;

    private readonly int[] _firstSentence; // passage p's sentences are [_firstSentence[p], _firstSentence[p + 1])
    private readonly DenseRecords _records;
    private readonly int _recordSize;

    internal DenseIndex(ITextEmbedder embedder, int[] firstSentence, DenseRecords records, string? file)
    {
        Embedder = embedder;
        Dimensions = embedder.Dimensions;
        Count = firstSentence.Length - 1;
        _firstSentence = firstSentence;
        _records = records;
        _recordSize = DenseRecord.Size(Dimensions);
        File = file;
        if (records.Length != (long)SentenceCount * _recordSize)
        {
            throw new ArgumentException("the records do not match the sentence offsets", nameof(records));
        }
    }

    public ITextEmbedder Embedder { get; }

    public int Dimensions { get; }

    public int Count { get; }

    public int SentenceCount => _firstSentence[^1];

    /// <summary>The cache file the vectors are mapped from, or null when they are in memory.</summary>
    public string? File { get; }

    /// <summary>Bytes the vectors take (on disk when mapped, else in memory).</summary>
    public long Bytes => _records.Length;

    /// <summary>Where the build that made these vectors went on from when it resumed an interrupted one, else null.</summary>
    public EmbeddingProgress? ResumedFrom { get; private init; }

    /// <summary>How many of the sentence vectors were copied from an earlier file rather than embedded (see <see cref="SentenceReuse"/>).</summary>
    public int Copied { get; private init; }

    /// <summary>Embeds every sentence of every passage into memory (no cache file), in batches.</summary>
    public static DenseIndex Build(ITextEmbedder embedder, IReadOnlyList<string> passages, IProgress<EmbeddingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var firstSentence = DenseEmbedding.SentenceOffsets(passages);
        var size = DenseRecord.Size(embedder.Dimensions);
        var bytes = new byte[checked(firstSentence[^1] * size)];
        DenseEmbedding.Run(embedder, passages, firstSentence, 0, (first, vectors) =>
        {
            for (var i = 0; i < vectors.Length; i++)
            {
                DenseRecord.Write(vectors[i], bytes.AsSpan((first + i) * size, size));
            }
        }, progress, cancellationToken);
        return new DenseIndex(embedder, firstSentence, DenseRecords.InMemory(bytes), file: null);
    }

    /// <summary>The pieces of a passage that get a vector each: its sentences, a short one joined to the one before.</summary>
    internal static List<string> Sentences(string passage)
    {
        var result = new List<string>();
        foreach (var sentence in Text.SentenceSplitter.Split(passage))
        {
            if (result.Count > 0 && Text.TextUtil.CountWords(sentence) < MinSentenceWords)
            {
                result[^1] += " " + sentence;
            }
            else
            {
                result.Add(sentence);
            }
        }

        if (result.Count == 0 && passage.Trim().Length > 0)
        {
            result.Add(passage.Trim());
        }

        return result;
    }

    /// <summary>The similarity of the passage's closest sentence (−1 for a passage without text).</summary>
    public float Similarity(ReadOnlySpan<float> query, int passage) => Similarity(Quantize(query), passage);

    /// <inheritdoc cref="Similarity(ReadOnlySpan{float}, int)"/>
    public float Similarity(QuantizedQuery query, int passage)
    {
        using var records = _records.Acquire();
        return Closest(records, query, passage);
    }

    /// <summary>The largest dot product of the query with the vectors laid end to end in <paramref name="vectors"/> (−1 when there are none).</summary>
    internal static float Closest(ReadOnlySpan<float> query, ReadOnlySpan<float> vectors)
    {
        var best = -1f;
        for (var s = 0; s + query.Length <= vectors.Length; s += query.Length)
        {
            best = Math.Max(best, TensorPrimitives.Dot(query, vectors.Slice(s, query.Length)));
        }

        return best;
    }

    /// <summary>The passage's sentences (as <see cref="Sentences"/> cuts them) with their similarity to the query.</summary>
    public IReadOnlyList<(string Sentence, float Similarity)> SentenceSimilarities(ReadOnlySpan<float> query, int passage, string passageText)
    {
        var sentences = Sentences(passageText);
        var first = _firstSentence[passage];
        if (sentences.Count != _firstSentence[passage + 1] - first)
        {
            throw new ArgumentException("the text is not the indexed passage's", nameof(passageText));
        }

        var quantized = Quantize(query);
        var result = new (string, float)[sentences.Count];
        using var records = _records.Acquire();
        for (var i = 0; i < sentences.Count; i++)
        {
            result[i] = (sentences[i], DenseRecord.Similarity(quantized, Record(records, first + i)));
        }

        return result;
    }

    /// <summary>Similarity of the query to every passage inside the ranges (all passages when null).</summary>
    public void ScoreAll(ReadOnlySpan<float> query, IReadOnlyList<(int Start, int End)>? ranges, Span<float> into)
        => ScoreAll(Quantize(query), ranges, into);

    /// <inheritdoc cref="ScoreAll(ReadOnlySpan{float}, IReadOnlyList{ValueTuple{int, int}}?, Span{float})"/>
    public void ScoreAll(QuantizedQuery query, IReadOnlyList<(int Start, int End)>? ranges, Span<float> into)
    {
        using var records = _records.Acquire();
        if (ranges is null)
        {
            ScoreRange(records, query, 0, Count, into);
            return;
        }

        foreach (var (start, end) in ranges)
        {
            ScoreRange(records, query, start, end, into);
        }
    }

    /// <summary>
    /// Similarity of the query to each of <paramref name="passages"/>, in any order, into the same place of
    /// <paramref name="into"/>: for a list of candidates picked from the whole corpus by words.
    /// </summary>
    public void Score(QuantizedQuery query, ReadOnlySpan<int> passages, Span<float> into)
    {
        if (into.Length < passages.Length)
        {
            throw new ArgumentException("there is less room than passages", nameof(into));
        }

        using var records = _records.Acquire();
        for (var i = 0; i < passages.Length; i++)
        {
            into[i] = Closest(records, query, passages[i]);
        }
    }

    /// <summary>The question's vector ready for <see cref="ScoreAll(QuantizedQuery, IReadOnlyList{ValueTuple{int, int}}?, Span{float})"/> and <see cref="Score"/>.</summary>
    public QuantizedQuery Quantize(ReadOnlySpan<float> query)
    {
        if (query.Length != Dimensions)
        {
            throw new ArgumentException($"the question's vector has {query.Length} dimensions, the index {Dimensions}", nameof(query));
        }

        return new QuantizedQuery(query);
    }

    /// <summary>Writes the vectors as a cache file (format v3, see <see cref="DenseFileHeader"/>).</summary>
    public void Save(string path, string fingerprint)
    {
        var header = DenseFileHeader.For(fingerprint, Embedder, _firstSentence);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        header.Write(stream, _firstSentence);
        using var records = _records.Acquire();
        const int chunk = 1 << 20;
        for (long offset = 0; offset < Bytes; offset += chunk)
        {
            stream.Write(records.Slice(offset, (int)Math.Min(chunk, Bytes - offset)));
        }
    }

    /// <summary>
    /// The cached vectors, memory-mapped, when they were made by this model for this corpus, else null. Reads
    /// only the header and the offsets, so that even a file of hundreds of megabytes opens in milliseconds.
    /// Throws <see cref="InvalidDataException"/> when the file is damaged.
    /// </summary>
    public static DenseIndex? TryLoad(string path, string fingerprint, ITextEmbedder embedder, int expectedCount, EmbeddingProgress? resumedFrom = null, int copied = 0)
    {
        if (!System.IO.File.Exists(path))
        {
            return null;
        }

        DenseFileHeader header;
        int[] firstSentence;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
        {
            if (DenseFileHeader.Read(stream, fingerprint, embedder.ModelId, embedder.Dimensions, expectedCount) is not { } read)
            {
                return null;
            }

            (header, firstSentence) = read;
            if (stream.Length != header.FileLength)
            {
                throw new InvalidDataException($"the embedding cache has {stream.Length} bytes, {header.FileLength} expected");
            }
        }

        return new DenseIndex(embedder, firstSentence, DenseRecords.Map(path, header.RecordsStart, header.FileLength - header.RecordsStart), path)
        {
            ResumedFrom = resumedFrom,
            Copied = copied,
        };
    }

    /// <summary>Unmaps the file; only for an index no snapshot holds any more (see the remarks).</summary>
    public void Dispose() => _records.Dispose();

    private float Closest(DenseRecords.Lease records, QuantizedQuery query, int passage)
    {
        var best = float.NegativeInfinity;
        for (var s = _firstSentence[passage]; s < _firstSentence[passage + 1]; s++)
        {
            var record = Record(records, s);
            best = Math.Max(best, Int8Dot.Dot(query.Values, DenseRecord.Values(record)) * DenseRecord.Scale(record));
        }

        return float.IsNegativeInfinity(best) ? -1 : Math.Max(-1, best * query.Scale);
    }

    private void ScoreRange(DenseRecords.Lease records, QuantizedQuery query, int start, int end, Span<float> into)
    {
        for (var p = start; p < end; p++)
        {
            into[p] = Closest(records, query, p);
        }
    }

    private ReadOnlySpan<byte> Record(DenseRecords.Lease records, int sentence) => records.Slice((long)sentence * _recordSize, _recordSize);
}
