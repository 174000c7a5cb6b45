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
    private const string FormatVersion = "rightsbot-index-v12";

    // What the sentence vectors depend on: the files and how passages are cut from them. It changes only when the
    // passages do (v9 was the index format's string of the last such change; v11, headings run into the text split
    // out, and v12, the 18-word heading of 2022–2023 no longer read as a paragraph, have strings of their own), so that a new lexical format keeps the vectors: at the whole archive they take
    // about half an hour to make.
    private const string PassagesVersion = "rightsbot-passages-v12";

    public (PassageIndex Index, IndexBuildResult Result) LoadOrBuild(string corpusPath, string? cachePath, IProgress<double>? progress = null, bool forceRebuild = false, RetrievalSignals? signals = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var fingerprint = Fingerprint(corpusPath);
        var vectorsFingerprint = Fingerprint(corpusPath, PassagesVersion);
        var cacheDir = string.IsNullOrWhiteSpace(cachePath) ? null : Path.Combine(cachePath, fingerprint[..16]);
        logger.LogDebug("Index stage {Stage}: {Seconds:0.00} s", "fingerprint", stopwatch.Elapsed.TotalSeconds);
        if (cacheDir is not null && !forceRebuild && TryLoad(cacheDir, fingerprint, vectorsFingerprint, signals) is { } cached)
        {
            progress?.Report(1);
            return (cached, Describe(cached, true, stopwatch.Elapsed.TotalSeconds));
        }

        var corpus = loader.Load(corpusPath, progress is null ? null : new Progress<double>(p => progress.Report(p * 0.5)));
        logger.LogDebug("Index stage {Stage}: {Seconds:0.00} s", "parse", stopwatch.Elapsed.TotalSeconds);
        var retriever = LexicalPassageRetriever.Build(corpus, signals, stage: (name, seconds) => logger.LogDebug("Index stage {Stage}: {Seconds:0.00} s", name, seconds));
        progress?.Report(0.95);
        var index = new PassageIndex(corpus, retriever) { Fingerprint = fingerprint, VectorsFingerprint = vectorsFingerprint };
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

    internal static string Fingerprint(string corpusPath) => Fingerprint(corpusPath, FormatVersion);

    private static string Fingerprint(string corpusPath, string version)
    {
        var sb = new StringBuilder(version).Append('\n');
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

    private PassageIndex? TryLoad(string cacheDir, string fingerprint, string vectorsFingerprint, RetrievalSignals? signals)
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
            return new PassageIndex(corpus, retriever) { Fingerprint = fingerprint, VectorsFingerprint = vectorsFingerprint };
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
