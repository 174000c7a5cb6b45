using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace RightsBot.Core.Retrieval;

/// <summary>
/// Makes or loads the passage embeddings of an index. Vectors are cached on disk per corpus fingerprint and
/// model in 8 bits and memory-mapped, so a corpus is embedded once and loads in milliseconds; an embedding that
/// is stopped goes on where it stopped the next time (<see cref="DenseFileBuilder"/>). Without a cache folder
/// the vectors are made in memory.
/// </summary>
internal sealed partial class DenseIndexStore(ILogger<DenseIndexStore> logger)
{
    /// <summary>
    /// Whether the options ask for embeddings of this index (cached vectors always count). <paramref name="asked"/>:
    /// the operator ran <c>index</c>, which makes them under <see cref="DenseMode.Auto"/> at any size, once; the bot
    /// itself makes them in the background only for corpora up to <see cref="RetrievalOptions.DenseMaxPassages"/>.
    /// </summary>
    public static bool Wanted(RetrievalOptions options, PassageIndex index, ITextEmbedder? embedder, string? cachePath, bool asked = false)
        => embedder is not null && options.Dense switch
        {
            DenseMode.Off => false,
            DenseMode.On => true,
            _ => asked
                || index.Corpus.Passages.Count <= options.DenseMaxPassages
                || File.Exists(CacheFile(cachePath, index, embedder) ?? string.Empty)
                || File.Exists(LegacyCacheFile(cachePath, index, embedder) ?? string.Empty),
        };

    /// <summary>The cache file of the index's vectors made by this model (format v3), or null without a cache folder.</summary>
    public static string? CacheFile(string? cachePath, PassageIndex index, ITextEmbedder embedder) => FileName(cachePath, index, embedder, ".v3.bin");

    /// <summary>Where the 32-bit vectors of format v2 were kept; such a file is converted once, then removed.</summary>
    public static string? LegacyCacheFile(string? cachePath, PassageIndex index, ITextEmbedder embedder) => FileName(cachePath, index, embedder, ".bin");

    /// <summary>The cached vectors (converting a v2 file first), or null when there are none for this corpus and model.</summary>
    public DenseIndex? TryLoad(PassageIndex index, ITextEmbedder embedder, string? cachePath)
    {
        var file = CacheFile(cachePath, index, embedder);
        if (file is null)
        {
            return null;
        }

        try
        {
            var clock = Stopwatch.StartNew();
            if (DenseIndex.TryLoad(file, index.VectorsFingerprint, embedder, index.Corpus.Passages.Count) is { } loaded)
            {
                LogMapped(logger, loaded.SentenceCount, loaded.Bytes / 1e6, file, clock.Elapsed.TotalMilliseconds);
                return loaded;
            }

            return File.Exists(file) ? null : TryUpgrade(index, embedder, file, LegacyCacheFile(cachePath, index, embedder)!);
        }
        catch (Exception ex) when (IsUnreadable(ex))
        {
            LogUnreadable(logger, file, ex.Message);
            return null;
        }
    }

    /// <summary>Cached vectors when present, else embeds every passage, into the cache file when there is a cache folder.</summary>
    public DenseIndex LoadOrBuild(PassageIndex index, ITextEmbedder embedder, string? cachePath, IProgress<EmbeddingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (TryLoad(index, embedder, cachePath) is { } cached)
        {
            WriteMissingHashes(cached, index);
            progress?.Report(new EmbeddingProgress(cached.SentenceCount, cached.SentenceCount));
            return cached;
        }

        var clock = Stopwatch.StartNew();
        var texts = index.Corpus.Passages.Select(p => p.Text).ToArray();
        var dense = CacheFile(cachePath, index, embedder) is { } file && Open(file, index, embedder, texts) is { } builder
            ? BuildFile(builder, file, index, embedder, progress, cancellationToken)
            : DenseIndex.Build(embedder, texts, progress, cancellationToken);
        LogEmbedded(logger, dense.SentenceCount, texts.Length, embedder.ModelId, clock.Elapsed.TotalSeconds, dense.Bytes / 1e6, dense.ResumedFrom?.Done ?? 0, dense.Copied);
        return dense;
    }

    private static string? FileName(string? cachePath, PassageIndex index, ITextEmbedder embedder, string extension)
    {
        if (string.IsNullOrWhiteSpace(cachePath) || index.VectorsFingerprint.Length < 16)
        {
            return null;
        }

        var model = string.Concat(embedder.ModelId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_'));
        return Path.Combine(cachePath, "dense", $"{index.VectorsFingerprint[..16]}-{model}{extension}");
    }

    private static bool IsUnreadable(Exception ex)
        => ex is IOException or UnauthorizedAccessException or InvalidDataException or FormatException;

    /// <summary>
    /// Gives a vector file made before files had their sentence hashes beside them those hashes, once, so that the
    /// next corpus change copies its vectors instead of embedding every sentence again (<c>index</c> asks for it).
    /// </summary>
    public void WriteMissingHashes(DenseIndex dense, PassageIndex index)
    {
        if (dense.File is not { } file || File.Exists(file + SentenceReuse.Suffix))
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        try
        {
            var hashes = DenseEmbedding.SentenceOffsetsAndHashes([.. index.Corpus.Passages.Select(p => p.Text)]).Hashes;
            if (hashes.Length != dense.SentenceCount)
            {
                throw new InvalidOperationException($"the passages have {hashes.Length} sentences, the vector file {dense.SentenceCount}");
            }

            SentenceReuse.WriteHashes(file, index.VectorsFingerprint, index.Corpus.Passages.Count, hashes);
            LogHashesWritten(logger, dense.SentenceCount, file, clock.Elapsed.TotalSeconds);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            LogHashesNotWritten(logger, file, ex.Message);
        }
    }

    // An earlier vector file of the same model whose sentences may be copied, or null; never a reason to fail.
    private SentenceReuse? FindDonor(string file, ITextEmbedder embedder)
    {
        try
        {
            return SentenceReuse.FindDonor(file, embedder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogNoDonor(logger, ex.Message);
            return null;
        }
    }

    private DenseIndex BuildFile(DenseFileBuilder builder, string file, PassageIndex index, ITextEmbedder embedder, IProgress<EmbeddingProgress>? progress, CancellationToken cancellationToken)
    {
        using (builder)
        {
            builder.Build(progress, cancellationToken);
            if (builder.ReusedFrom is { } donor)
            {
                LogReused(logger, builder.Reused, donor);
            }
        }

        var resumed = builder.ResumedFrom.Done > 0 ? builder.ResumedFrom : (EmbeddingProgress?)null;
        return DenseIndex.TryLoad(file, index.VectorsFingerprint, embedder, index.Corpus.Passages.Count, resumed, builder.Reused)
            ?? throw new InvalidDataException($"the embedding cache just written to {file} is not this corpus's");
    }

    // The partial file to embed into, or null (the vectors are then made in memory) when it cannot be written.
    private DenseFileBuilder? Open(string file, PassageIndex index, ITextEmbedder embedder, string[] texts)
    {
        try
        {
            var reuse = FindDonor(file, embedder);
            DenseFileBuilder builder;
            try
            {
                builder = DenseFileBuilder.Open(file, index.VectorsFingerprint, embedder, texts, reuse);
            }
            catch
            {
                reuse?.Dispose();
                throw;
            }

            if (builder.ResumedFrom.Done > 0)
            {
                LogResuming(logger, file + DenseFileBuilder.PartialSuffix, builder.ResumedFrom.Done, builder.ResumedFrom.Total, builder.ResumedFrom.Fraction * 100);
            }

            return builder;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogUnwritable(logger, file, ex.Message);
            return null;
        }
    }

    private DenseIndex? TryUpgrade(PassageIndex index, ITextEmbedder embedder, string file, string legacy)
    {
        if (!File.Exists(legacy))
        {
            return null;
        }

        var clock = Stopwatch.StartNew();
        var legacyBytes = new FileInfo(legacy).Length;
        try
        {
            if (!DenseV2Upgrade.TryUpgrade(legacy, file, index.VectorsFingerprint, embedder, index.Corpus.Passages.Count))
            {
                return null;
            }
        }
        catch (Exception ex) when (IsUnreadable(ex))
        {
            LogNotUpgraded(logger, legacy, ex.Message);
            return null;
        }

        CacheFiles.TryDelete(legacy);
        LogUpgraded(logger, legacy, legacyBytes / 1e6, file, new FileInfo(file).Length / 1e6, clock.Elapsed.TotalSeconds);
        return DenseIndex.TryLoad(file, index.VectorsFingerprint, embedder, index.Corpus.Passages.Count);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Mapped {Sentences} sentence vectors ({Megabytes:0.0} MB) from {File} in {Milliseconds:0.00} ms")]
    private static partial void LogMapped(ILogger logger, int sentences, double megabytes, string file, double milliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Wrote the hashes of the {Sentences} sentences of {File} in {Seconds:0.0} s, so that a changed corpus can reuse its vectors")]
    private static partial void LogHashesWritten(ILogger logger, int sentences, string file, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not write the sentence hashes of {File}: {Reason}")]
    private static partial void LogHashesNotWritten(ILogger logger, string file, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Copied {Sentences} sentence vectors from {File} instead of embedding them again")]
    private static partial void LogReused(ILogger logger, int sentences, string file);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not look for earlier sentence vectors to reuse; embedding every sentence: {Reason}")]
    private static partial void LogNoDonor(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Embedding cache at {File} is unreadable and will be rebuilt: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, string file, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Embedding cache could not be written to {File} ({Reason}); embedding in memory instead")]
    private static partial void LogUnwritable(ILogger logger, string file, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Going on with the interrupted embedding in {File}: {Done} of {Total} sentences ({Percent:0}%) are done")]
    private static partial void LogResuming(ILogger logger, string file, int done, int total, double percent);

    [LoggerMessage(Level = LogLevel.Information, Message = "Vectors of {Sentences} sentences of {Passages} passages with {Model} in {Seconds:0.0} s: {Resumed} made by an interrupted earlier run, {Copied} copied from an earlier file, the rest embedded ({Megabytes:0.0} MB in 8 bits)")]
    private static partial void LogEmbedded(ILogger logger, int sentences, int passages, string model, double seconds, double megabytes, int resumed, int copied);

    [LoggerMessage(Level = LogLevel.Information, Message = "Converted the 32-bit embedding cache {Legacy} ({OldMegabytes:0.0} MB) to 8 bits in {File} ({NewMegabytes:0.0} MB) in {Seconds:0.0} s, without embedding again; the old file is removed")]
    private static partial void LogUpgraded(ILogger logger, string legacy, double oldMegabytes, string file, double newMegabytes, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The 32-bit embedding cache at {File} could not be converted and is left alone; the corpus will be embedded again: {Reason}")]
    private static partial void LogNotUpgraded(ILogger logger, string file, string reason);
}
