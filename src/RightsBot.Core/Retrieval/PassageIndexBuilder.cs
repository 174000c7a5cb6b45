using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using RightsBot.Core.Corpus;

namespace RightsBot.Core.Retrieval;

/// <summary>
/// Loads the index from the on-disk cache when the corpus is unchanged (same files, sizes and modification
/// times), and otherwise parses the corpus, builds the index and writes the cache.
/// </summary>
internal sealed class PassageIndexBuilder(CorpusLoader loader, ILogger<PassageIndexBuilder> logger)
{
    // Bump when ingestion or indexing changes, so old caches are rebuilt.
    private const string FormatVersion = "rightsbot-index-v14";

    // The sentence vectors depend only on the passages' texts, in order, and on how a passage is cut into sentences
    // (DenseIndex.Sentences): they are keyed on a hash of exactly that, not on the files' paths and times, so that
    // a corpus moved, copied or cloned elsewhere, or files touched without a change, keep their vectors (at the
    // whole archive they take about half an hour to make), and a new lexical format keeps them too. Bump this
    // when the sentence cutting changes.
    private const string SentencesVersion = "rightsbot-sentences-v1";

    private const string VectorsStampFile = "vectors-fingerprint";

    public (PassageIndex Index, IndexBuildResult Result) LoadOrBuild(string corpusPath, string? cachePath, IProgress<double>? progress = null, bool forceRebuild = false, RetrievalSignals? signals = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var fingerprint = Fingerprint(corpusPath);
        var cacheDir = string.IsNullOrWhiteSpace(cachePath) ? null : Path.Combine(cachePath, fingerprint[..16]);
        logger.LogDebug("Index stage {Stage}: {Seconds:0.00} s", "fingerprint", stopwatch.Elapsed.TotalSeconds);
        if (cacheDir is not null && !forceRebuild && TryLoad(cacheDir, fingerprint, signals) is { } cached)
        {
            progress?.Report(1);
            return (cached, Describe(cached, true, stopwatch.Elapsed.TotalSeconds));
        }

        var corpus = loader.Load(corpusPath, progress is null ? null : new Progress<double>(p => progress.Report(p * 0.5)));
        logger.LogDebug("Index stage {Stage}: {Seconds:0.00} s", "parse", stopwatch.Elapsed.TotalSeconds);
        var retriever = LexicalPassageRetriever.Build(corpus, signals, stage: (name, seconds) => logger.LogDebug("Index stage {Stage}: {Seconds:0.00} s", name, seconds));
        progress?.Report(0.95);
        var index = new PassageIndex(corpus, retriever) { Fingerprint = fingerprint, VectorsFingerprint = VectorsFingerprint(corpus) };
        if (cacheDir is not null)
        {
            var save = Stopwatch.StartNew();
            TrySave(cacheDir, fingerprint, index);
            logger.LogDebug("Index stage {Stage}: {Seconds:0.00} s", "cache write", save.Elapsed.TotalSeconds);
        }

        progress?.Report(1);
        return (index, Describe(index, false, stopwatch.Elapsed.TotalSeconds));
    }

    private static IndexBuildResult Describe(PassageIndex index, bool fromCache, double seconds)
    {
        // Passages of a section are consecutive: count the places where the path changes.
        var sections = 0;
        Passage? previous = null;
        foreach (var p in index.Corpus.Passages)
        {
            if (previous is null || previous.ReportIndex != p.ReportIndex || !previous.SectionPath.SequenceEqual(p.SectionPath))
            {
                sections++;
            }

            previous = p;
        }

        return new IndexBuildResult(index.Corpus.Reports.Count, sections, index.Corpus.Passages.Count, index.Retriever.TermCount, fromCache, seconds);
    }

    /// <summary>What the sentence vectors of <paramref name="corpus"/> are keyed on: its passages' texts, in order.</summary>
    internal static string VectorsFingerprint(ReportCorpus corpus)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(SentencesVersion + "\n"));
        foreach (var passage in corpus.Passages)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(passage.Text + "\0"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    internal static string Fingerprint(string corpusPath)
    {
        var sb = new StringBuilder(FormatVersion).Append('\n');
        var root = File.Exists(corpusPath) ? Path.GetDirectoryName(Path.GetFullPath(corpusPath))! : Path.GetFullPath(corpusPath);
        sb.Append(Path.GetFullPath(corpusPath)).Append('\n');
        foreach (var file in CorpusLoader.FindFiles(corpusPath))
        {
            var info = new FileInfo(file);
            sb.Append(Path.GetRelativePath(root, file)).Append('\t')
                .Append(info.Length.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(info.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    private PassageIndex? TryLoad(string cacheDir, string fingerprint, RetrievalSignals? signals)
    {
        var stamp = Path.Combine(cacheDir, "fingerprint");
        try
        {
            if (!File.Exists(stamp) || File.ReadAllText(stamp) != fingerprint)
            {
                return null;
            }

            var clock = Stopwatch.StartNew();
            var parts = Task.Run(() => LexicalIndexFiles.Load(cacheDir));
            ReportCorpus corpus;
            using (var stream = new BufferedStream(File.OpenRead(Path.Combine(cacheDir, "corpus.bin")), 1 << 20))
            using (var reader = new BinaryReader(stream, Encoding.UTF8))
            {
                corpus = CorpusSerializer.Read(reader);
            }

            logger.LogDebug("Index stage {Stage}: {Seconds:0.00} s", "load corpus", clock.Elapsed.TotalSeconds);
            clock.Restart();
            var retriever = LexicalPassageRetriever.Create(corpus, parts.GetAwaiter().GetResult(), signals);
            logger.LogDebug("Index stage {Stage}: {Seconds:0.00} s", "load postings", clock.Elapsed.TotalSeconds);
            return new PassageIndex(corpus, retriever) { Fingerprint = fingerprint, VectorsFingerprint = File.ReadAllText(Path.Combine(cacheDir, VectorsStampFile)) };
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException or EndOfStreamException or FormatException or InvalidOperationException)
        {
            logger.LogWarning("Index cache at {CacheDir} is unreadable and will be rebuilt: {Reason}", cacheDir, ex.Message);
            return null;
        }
    }

    private void TrySave(string cacheDir, string fingerprint, PassageIndex index)
    {
        // Write into a fresh folder, then move it into place, so a crash never leaves a half-written cache.
        var temp = cacheDir + ".tmp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        try
        {
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }

            Directory.CreateDirectory(temp);
            using (var stream = File.Create(Path.Combine(temp, "corpus.bin")))
            using (var writer = new BinaryWriter(stream, Encoding.UTF8))
            {
                CorpusSerializer.Write(writer, index.Corpus);
            }

            index.Retriever.Save(temp);
            File.WriteAllText(Path.Combine(temp, VectorsStampFile), index.VectorsFingerprint);
            File.WriteAllText(Path.Combine(temp, "fingerprint"), fingerprint);
            if (Directory.Exists(cacheDir))
            {
                Directory.Delete(cacheDir, recursive: true);
            }

            Directory.Move(temp, cacheDir);
            PruneOthers(cacheDir);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("Could not write the index cache to {CacheDir}: {Reason}", cacheDir, ex.Message);
        }
    }

    // Older fingerprints of the same corpus are useless once a new cache is written.
    private static void PruneOthers(string cacheDir)
    {
        var parent = Path.GetDirectoryName(cacheDir)!;
        foreach (var dir in Directory.EnumerateDirectories(parent))
        {
            if (dir != cacheDir && File.Exists(Path.Combine(dir, "fingerprint")) && Directory.GetLastWriteTimeUtc(dir) < DateTime.UtcNow.AddDays(-7))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }
}
