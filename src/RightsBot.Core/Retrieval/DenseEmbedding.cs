namespace RightsBot.Core.Retrieval;

/// <summary>
/// Embeds the sentences of passages in order, in batches, from any sentence on (so that an interrupted build
/// can go on where it stopped), handing each batch's vectors to the caller to store.
/// </summary>
internal static class DenseEmbedding
{
    private const int BatchSize = 32;

    // Copying a record takes microseconds: progress is reported every this many of them.
    private const int ReusedProgressEvery = 4096;

    /// <summary>Where each passage's sentences start among all sentences, and (last) how many there are.</summary>
    public static int[] SentenceOffsets(IReadOnlyList<string> passages) => SentenceOffsets(passages, hashes: null);

    /// <summary>The same offsets, and in the same pass each sentence's hash (<see cref="SentenceReuse.Hash"/>), in order.</summary>
    public static (int[] FirstSentence, ulong[] Hashes) SentenceOffsetsAndHashes(IReadOnlyList<string> passages)
    {
        var hashes = new List<ulong>();
        return (SentenceOffsets(passages, hashes), [.. hashes]);
    }

    private static int[] SentenceOffsets(IReadOnlyList<string> passages, List<ulong>? hashes)
    {
        var firstSentence = new int[passages.Count + 1];
        for (var p = 0; p < passages.Count; p++)
        {
            var sentences = DenseIndex.Sentences(passages[p]);
            hashes?.AddRange(sentences.Select(SentenceReuse.Hash));
            firstSentence[p + 1] = checked(firstSentence[p] + sentences.Count);
        }

        return firstSentence;
    }

    /// <summary>
    /// Embeds sentences <paramref name="from"/> to the last and passes each batch, with the number of its first
    /// sentence, to <paramref name="store"/>. Progress starts at <paramref name="from"/> and is reported after
    /// every batch; cancellation is seen between batches. A sentence for which <paramref name="reusable"/> gives a
    /// record of an earlier file (not −1) is not embedded: once the sentences before it are stored, it is handed to
    /// <paramref name="storeReused"/> with its number and that record.
    /// </summary>
    public static void Run(
        ITextEmbedder embedder,
        IReadOnlyList<string> passages,
        int[] firstSentence,
        int from,
        Action<int, float[][]> store,
        IProgress<EmbeddingProgress>? progress,
        CancellationToken cancellationToken,
        Func<int, int>? reusable = null,
        Action<int, int>? storeReused = null)
    {
        if ((reusable is null) != (storeReused is null))
        {
            throw new ArgumentException("a reuse needs a place to store what it reuses", nameof(storeReused));
        }

        var total = firstSentence[^1];
        progress?.Report(new EmbeddingProgress(from, total));
        var batch = new List<string>(BatchSize);
        var next = from;
        var passage = from >= total ? passages.Count : PassageOf(firstSentence, from);
        for (; passage < passages.Count; passage++)
        {
            var sentences = DenseIndex.Sentences(passages[passage]);
            if (sentences.Count != firstSentence[passage + 1] - firstSentence[passage])
            {
                throw new InvalidOperationException("the passages are not those the sentence offsets were made from");
            }

            for (var i = Math.Max(0, from - firstSentence[passage]); i < sentences.Count; i++)
            {
                if (reusable is not null && reusable(firstSentence[passage] + i) is var record and >= 0)
                {
                    if (batch.Count > 0)
                    {
                        next = Embed(embedder, batch, next, store, cancellationToken);
                    }

                    storeReused!(next++, record);
                    if (next % ReusedProgressEvery == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        progress?.Report(new EmbeddingProgress(next, total));
                    }

                    continue;
                }

                batch.Add(sentences[i]);
                if (batch.Count == BatchSize)
                {
                    next = Embed(embedder, batch, next, store, cancellationToken);
                    progress?.Report(new EmbeddingProgress(next, total));
                }
            }
        }

        if (batch.Count > 0)
        {
            next = Embed(embedder, batch, next, store, cancellationToken);
            progress?.Report(new EmbeddingProgress(next, total));
        }
        else if (reusable is not null)
        {
            progress?.Report(new EmbeddingProgress(next, total));
        }
    }

    // The passage holding sentence s: the last p with firstSentence[p] <= s (passages without a sentence skipped).
    private static int PassageOf(int[] firstSentence, int sentence)
    {
        var index = Array.BinarySearch(firstSentence, 0, firstSentence.Length - 1, sentence);
        if (index < 0)
        {
            return ~index - 1;
        }

        while (index + 1 < firstSentence.Length - 1 && firstSentence[index + 1] == sentence)
        {
            index++;
        }

        return index;
    }

    private static int Embed(ITextEmbedder embedder, List<string> batch, int first, Action<int, float[][]> store, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var vectors = embedder.Embed(batch, cancellationToken);
        if (vectors.Length != batch.Count || vectors.Any(v => v.Length != embedder.Dimensions))
        {
            throw new InvalidOperationException($"embedding model returned {vectors.Length} vectors of {vectors.FirstOrDefault()?.Length} dimensions for {batch.Count} texts, expected {embedder.Dimensions} dimensions");
        }

        store(first, vectors);
        batch.Clear();
        return first + vectors.Length;
    }
}
