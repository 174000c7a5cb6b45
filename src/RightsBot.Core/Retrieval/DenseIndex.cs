using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Text;

namespace RightsBot.Core.Retrieval;

/// <summary>
/// Sentence-embedding vectors of every passage in one flat array, scored by brute-force dot product inside the
/// report ranges a question is limited to (a few thousand passages take well under a millisecond).
/// </summary>
internal sealed class DenseIndex
{
    private const string Magic = "rightsbot-dense-v1";
    private const int BatchSize = 32;
    private readonly float[] _vectors;

    private DenseIndex(ITextEmbedder embedder, float[] vectors, int count)
    {
        Embedder = embedder;
        Dimensions = embedder.Dimensions;
        Count = count;
        _vectors = vectors;
    }

    public ITextEmbedder Embedder { get; }

    public int Dimensions { get; }

    public int Count { get; }

    public long MemoryBytes => (long)_vectors.Length * sizeof(float);

    /// <summary>Embeds every text, in batches so that progress and cancellation are seen between them.</summary>
    public static DenseIndex Build(ITextEmbedder embedder, IReadOnlyList<string> texts, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        var d = embedder.Dimensions;
        var vectors = new float[(long)texts.Count * d];
        for (var start = 0; start < texts.Count; start += BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = texts.Skip(start).Take(BatchSize).ToArray();
            var embedded = embedder.Embed(batch, cancellationToken);
            for (var i = 0; i < embedded.Length; i++)
            {
                if (embedded[i].Length != d)
                {
                    throw new InvalidOperationException($"embedding model returned {embedded[i].Length} dimensions, expected {d}");
                }

                embedded[i].CopyTo(vectors, (long)(start + i) * d);
            }

            progress?.Report(Math.Min(1, (start + batch.Length) / (double)texts.Count));
        }

        return new DenseIndex(embedder, vectors, texts.Count);
    }

    public float[] EmbedQuery(string text, CancellationToken cancellationToken = default) => Embedder.Embed([text], cancellationToken)[0];

    public float Similarity(ReadOnlySpan<float> query, int passage) => TensorPrimitives.Dot(query, Vector(passage));

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

    private ReadOnlySpan<float> Vector(int passage) => _vectors.AsSpan(passage * Dimensions, Dimensions);

    public void Save(string path, string fingerprint)
    {
        using var stream = File.Create(path);
        using var writer = new BinaryWriter(stream, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(fingerprint);
        writer.Write(Embedder.ModelId);
        writer.Write(Dimensions);
        writer.Write(Count);
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

        var vectors = new float[(long)count * dimensions];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(vectors.AsSpan()));
        return new DenseIndex(embedder, vectors, count);
    }
}
