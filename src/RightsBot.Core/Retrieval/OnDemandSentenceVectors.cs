using System.Numerics.Tensors;
using Microsoft.Extensions.Caching.Memory;
using RightsBot.Core.Corpus;

namespace RightsBot.Core.Retrieval;

/// <summary>
/// Sentence vectors made when a question first needs them: for the few passages its lexical search brings up,
/// which are then reranked by meaning. This gives search by meaning before, or instead of, embedding the whole
/// corpus (about half a minute for the shipped reports, some forty minutes for every report). Vectors are kept in
/// memory only, up to a bound: written to disk they would show which topics were asked about.
/// </summary>
internal sealed class OnDemandSentenceVectors : ISentenceVectors, IDisposable
{
    private readonly ReportCorpus _corpus;
    private readonly MemoryCache _cache;

    public OnDemandSentenceVectors(ITextEmbedder embedder, ReportCorpus corpus, int capacityPassages)
    {
        Embedder = embedder;
        _corpus = corpus;
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, capacityPassages) });
    }

    public ITextEmbedder Embedder { get; }

    /// <summary>On-demand vectors for the corpus when the options and the host allow reranking by meaning, else null.</summary>
    public static OnDemandSentenceVectors? For(RetrievalOptions options, ReportCorpus corpus, ITextEmbedder? embedder)
        => embedder is not null && options.Dense != DenseMode.Off && options.RerankDepth > 0
            ? new OnDemandSentenceVectors(embedder, corpus, options.RerankCachePassages)
            : null;

    /// <summary>
    /// The similarity of each passage's closest sentence to the query; passages not seen before are embedded
    /// first, all in one call.
    /// </summary>
    public float[] Similarities(ReadOnlySpan<float> query, IReadOnlyList<int> passages, CancellationToken cancellationToken = default)
    {
        var entries = Entries(passages, cancellationToken);
        var result = new float[passages.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            result[i] = DenseIndex.Closest(query, entries[i].Vectors);
        }

        return result;
    }

    public IReadOnlyList<(string Sentence, float Similarity)> SentenceSimilarities(ReadOnlySpan<float> query, int passage, string passageText)
    {
        if (_corpus.Passages[passage].Text != passageText)
        {
            throw new ArgumentException("the text is not the indexed passage's", nameof(passageText));
        }

        var entry = Entries([passage], CancellationToken.None)[0];
        var d = Embedder.Dimensions;
        var result = new (string, float)[entry.Sentences.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = (entry.Sentences[i], TensorPrimitives.Dot(query, entry.Vectors.AsSpan(i * d, d)));
        }

        return result;
    }

    public void Dispose() => _cache.Dispose();

    private Entry[] Entries(IReadOnlyList<int> passages, CancellationToken cancellationToken)
    {
        var entries = new Entry[passages.Count];
        var missing = new List<int>();
        for (var i = 0; i < passages.Count; i++)
        {
            if (_cache.TryGetValue(passages[i], out Entry? cached) && cached is not null)
            {
                entries[i] = cached;
            }
            else
            {
                missing.Add(i);
            }
        }

        if (missing.Count == 0)
        {
            return entries;
        }

        var sentences = missing.Select(i => DenseIndex.Sentences(_corpus.Passages[passages[i]].Text)).ToList();
        var embedded = Embedder.Embed([.. sentences.SelectMany(s => s)], cancellationToken);
        var d = Embedder.Dimensions;
        var next = 0;
        for (var m = 0; m < missing.Count; m++)
        {
            var vectors = new float[sentences[m].Count * d];
            for (var s = 0; s < sentences[m].Count; s++, next++)
            {
                if (embedded[next].Length != d)
                {
                    throw new InvalidOperationException($"embedding model returned {embedded[next].Length} dimensions, expected {d}");
                }

                embedded[next].CopyTo(vectors, s * d);
            }

            var entry = new Entry(sentences[m], vectors);
            entries[missing[m]] = entry;
            _cache.Set(passages[missing[m]], entry, new MemoryCacheEntryOptions { Size = 1 });
        }

        return entries;
    }

    private sealed record Entry(IReadOnlyList<string> Sentences, float[] Vectors);
}
