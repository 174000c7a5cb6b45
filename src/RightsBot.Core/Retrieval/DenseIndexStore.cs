using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace RightsBot.Core.Retrieval;

/// <summary>
/// Makes or loads the passage embeddings of an index. Vectors are cached on disk per corpus fingerprint and
/// model, so a corpus is embedded once; the file is written to a temporary name and moved into place.
/// </summary>
internal sealed class DenseIndexStore(ILogger<DenseIndexStore> logger)
{
    /// <summary>Whether the options ask for embeddings of this index (cached vectors always count).</summary>
    public static bool Wanted(RetrievalOptions options, PassageIndex index, ITextEmbedder? embedder, string? cachePath)
        => embedder is not null && options.Dense switch
        {
            DenseMode.Off => false,
            DenseMode.On => true,
            _ => index.Corpus.Passages.Count <= options.DenseMaxPassages || File.Exists(CacheFile(cachePath, index, embedder) ?? string.Empty),
        };

    public static string? CacheFile(string? cachePath, PassageIndex index, ITextEmbedder embedder)
    {
        if (string.IsNullOrWhiteSpace(cachePath) || index.Fingerprint.Length < 16)
        {
            return null;
        }

        var model = string.Concat(embedder.ModelId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_'));
        return Path.Combine(cachePath, "dense", $"{index.Fingerprint[..16]}-{model}.bin");
    }

    /// <summary>The cached vectors, or null when there are none for this corpus and model.</summary>
    public DenseIndex? TryLoad(PassageIndex index, ITextEmbedder embedder, string? cachePath)
    {
        var file = CacheFile(cachePath, index, embedder);
        if (file is null)
        {
            return null;
        }

        try
        {
            return DenseIndex.TryLoad(file, index.Fingerprint, embedder, index.Corpus.Passages.Count);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or EndOfStreamException or InvalidDataException or FormatException)
        {
            logger.LogWarning("Embedding cache at {File} is unreadable and will be rebuilt: {Reason}", file, ex.Message);
            return null;
        }
    }

    /// <summary>Cached vectors when present, else embeds every passage and writes the cache.</summary>
    public DenseIndex LoadOrBuild(PassageIndex index, ITextEmbedder embedder, string? cachePath, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        if (TryLoad(index, embedder, cachePath) is { } cached)
        {
            progress?.Report(1);
            return cached;
        }

        var clock = Stopwatch.StartNew();
        var texts = index.Corpus.Passages.Select(p => p.Text).ToArray();
        var dense = DenseIndex.Build(embedder, texts, progress, cancellationToken);
        logger.LogInformation("Embedded {Sentences} sentences of {Passages} passages with {Model} in {Seconds:0.0} s", dense.SentenceCount, texts.Length, embedder.ModelId, clock.Elapsed.TotalSeconds);
        if (CacheFile(cachePath, index, embedder) is { } file
            && CacheFiles.TryWrite(file, temporary => dense.Save(temporary, index.Fingerprint)) is { } failure)
        {
            logger.LogWarning("Embedding cache could not be written to {File}: {Reason}", file, failure.Message);
        }

        return dense;
    }
}
