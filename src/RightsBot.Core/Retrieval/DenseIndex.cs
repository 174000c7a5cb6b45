using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Text;

namespace RightsBot.Core.Retrieval;

/// <summary>
/// Sentence-embedding vectors of every sentence of every passage in one flat array; a passage is as close to a
/// question as its closest sentence. Scored by brute-force dot product inside the report ranges a question is
/// limited to (a few thousand passages take well under a millisecond).
/// </summary>
/// <remarks>
/// Sentences, not whole passages: on the dev set, ranking passages by their best sentence gave recall@1 0.900
/// and MRR 0.944 against 0.775 and 0.870 for one vector a passage, and it separates the questions the reports
/// answer (one sentence says it) from those they only touch. The cost is about three vectors a passage.
/// </remarks>
internal sealed class DenseIndex : ISentenceVectors
{
    private const string Magic = "rightsbot-dense-v2";
    private const int BatchSize = 32;

    // Shorter pieces ("Not all cases led to prosecution.") are kept with their neighbour, see Sentences.
    private const int MinSentenceWords = 4;

    private readonly int[] _firstSentence; // passage p's sentences are [_firstSentence[p], _firstSentence[p + 1])
    private readonly float[] _vectors;

    private DenseIndex(ITextEmbedder embedder, int[] firstSentence, float[] vectors)
    {
        Embedder = embedder;
        Dimensions = embedder.Dimensions;
        Count = firstSentence.Length - 1;
        _firstSentence = firstSentence;
        _vectors = vectors;
    }

    public ITextEmbedder Embedder { get; }

    public int Dimensions { get; }

    public int Count { get; }

    public int SentenceCount => _firstSentence[^1];

    /// <summary>Embeds every sentence of every passage, in batches so that progress and cancellation are seen between them.</summary>
    public static DenseIndex Build(ITextEmbedder embedder, IReadOnlyList<string> passages, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        var d = embedder.Dimensions;
        var firstSentence = new int[passages.Count + 1];
        var sentences = new List<string>();
        for (var p = 0; p < passages.Count; p++)
        {
            firstSentence[p] = sentences.Count;
            sentences.AddRange(Sentences(passages[p]));
        }

        firstSentence[passages.Count] = sentences.Count;
        var vectors = new float[(long)sentences.Count * d];
        for (var start = 0; start < sentences.Count; start += BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = sentences.GetRange(start, Math.Min(BatchSize, sentences.Count - start));
            var embedded = embedder.Embed(batch, cancellationToken);
            for (var i = 0; i < embedded.Length; i++)
            {
                if (embedded[i].Length != d)
                {
                    throw new InvalidOperationException($"embedding model returned {embedded[i].Length} dimensions, expected {d}");
                }

                embedded[i].CopyTo(vectors, (long)(start + i) * d);
            }

            progress?.Report(Math.Min(1, (start + batch.Count) / (double)sentences.Count));
        }

        return new DenseIndex(embedder, firstSentence, vectors);
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
    public float Similarity(ReadOnlySpan<float> query, int passage)
        => Closest(query, _vectors.AsSpan(_firstSentence[passage] * Dimensions, (_firstSentence[passage + 1] - _firstSentence[passage]) * Dimensions));

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

        var result = new (string, float)[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            result[i] = (sentences[i], TensorPrimitives.Dot(query, _vectors.AsSpan((first + i) * Dimensions, Dimensions)));
        }

        return result;
    }

    /// <summary>Similarity of the query to every passage inside the ranges (all passages when null).</summary>
    public void ScoreAll(ReadOnlySpan<float> query, IReadOnlyList<(int Start, int End)>? ranges, Span<float> into)
    {
        if (ranges is null)
        {
            for (var p = 0; p < Count; p++)
            {
                into[p] = Similarity(query, p);
            }

            return;
        }

        foreach (var (start, end) in ranges)
        {
            for (var p = start; p < end; p++)
            {
                into[p] = Similarity(query, p);
            }
        }
    }

    public void Save(string path, string fingerprint)
    {
        using var stream = File.Create(path);
        using var writer = new BinaryWriter(stream, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(fingerprint);
        writer.Write(Embedder.ModelId);
        writer.Write(Dimensions);
        writer.Write(Count);
        writer.Write(MemoryMarshal.AsBytes(_firstSentence.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(_vectors.AsSpan()));
    }

    /// <summary>The cached vectors when they were made by this model for this corpus, else null.</summary>
    public static DenseIndex? TryLoad(string path, string fingerprint, ITextEmbedder embedder, int expectedCount)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        using var stream = new BufferedStream(File.OpenRead(path), 1 << 20);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        if (reader.ReadString() != Magic || reader.ReadString() != fingerprint || reader.ReadString() != embedder.ModelId)
        {
            return null;
        }

        var dimensions = reader.ReadInt32();
        var count = reader.ReadInt32();
        if (dimensions != embedder.Dimensions || count != expectedCount)
        {
            return null;
        }

        var firstSentence = new int[count + 1];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(firstSentence.AsSpan()));
        var sentences = firstSentence[count];
        if (firstSentence[0] != 0 || (long)sentences * dimensions * sizeof(float) != reader.BaseStream.Length - reader.BaseStream.Position
            || firstSentence.Zip(firstSentence.Skip(1)).Any(pair => pair.Second < pair.First))
        {
            throw new InvalidDataException("embedding cache is damaged");
        }

        var vectors = new float[(long)sentences * dimensions];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(vectors.AsSpan()));
        return new DenseIndex(embedder, firstSentence, vectors);
    }
}
