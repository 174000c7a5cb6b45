using Microsoft.Extensions.Logging.Abstractions;
using RightsBot.Core.Corpus;
using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Retrieval;

public class PassageIndexBuilderTests
{
    private const string Report = DenseTestCorpus.TestlandHeader + "The police detained protesters in the capital.\n\nPrison conditions were harsh and overcrowded.\n";

    [Fact]
    public void LoadOrBuild_UnchangedCorpus_ReusesCacheAndAnswersTheSame()
    {
        using var folder = new TempFolder();
        var (corpus, cache) = WriteOneReport(folder);
        var builder = NewBuilder();

        var (first, firstResult) = builder.LoadOrBuild(corpus, cache);
        var (second, secondResult) = builder.LoadOrBuild(corpus, cache);

        Assert.False(firstResult.FromCache);
        Assert.True(secondResult.FromCache);
        Assert.Equal(firstResult.Passages, secondResult.Passages);
        var a = first.Retriever.Search("prison overcrowded", 2);
        var b = second.Retriever.Search("prison overcrowded", 2);
        Assert.Equal(a.Select(h => (h.Passage.Id, h.Score)), b.Select(h => (h.Passage.Id, h.Score)));
        Assert.Contains("overcrowded", a[0].Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadOrBuild_VectorsFingerprint_NotTheIndexFormatsAndTheSameBuiltOrLoaded()
    {
        using var folder = new TempFolder();
        var (corpus, cache) = WriteOneReport(folder);

        var (built, _) = NewBuilder().LoadOrBuild(corpus, cache);
        var (loaded, loadedResult) = NewBuilder().LoadOrBuild(corpus, cache);

        Assert.True(loadedResult.FromCache);
        Assert.NotEqual(built.Fingerprint, built.VectorsFingerprint);
        Assert.Equal(built.VectorsFingerprint, loaded.VectorsFingerprint);
        Assert.Equal(built.VectorsFingerprint, loaded.WithMeaning(null, null).VectorsFingerprint);
    }

    [Fact]
    public void LoadOrBuild_CorpusMovedOrTouched_SameVectorsFingerprintButANewIndex()
    {
        // The index is keyed on the files' paths and times; the vectors, half an hour's work at the whole archive,
        // only on the passages' texts.
        using var folder = new TempFolder();
        var (corpus, cache) = WriteOneReport(folder);
        var moved = folder.Write("elsewhere/reports/testland-2020.txt", Report);
        File.SetLastWriteTimeUtc(moved, File.GetLastWriteTimeUtc(moved).AddHours(-3));

        var (original, _) = NewBuilder().LoadOrBuild(corpus, cache);
        var (copy, copyResult) = NewBuilder().LoadOrBuild(Path.GetDirectoryName(moved)!, cache);

        Assert.False(copyResult.FromCache);
        Assert.NotEqual(original.Fingerprint, copy.Fingerprint);
        Assert.Equal(original.VectorsFingerprint, copy.VectorsFingerprint);
    }

    [Fact]
    public void LoadOrBuild_OnePassageChanged_NewVectorsFingerprint()
    {
        using var folder = new TempFolder();
        var (file, corpus, cache, builder) = BuildOnce(folder);
        var before = builder.LoadOrBuild(corpus, cache).Index.VectorsFingerprint;

        File.WriteAllText(file, Report.Replace("overcrowded", "crowded", StringComparison.Ordinal));
        var after = builder.LoadOrBuild(corpus, cache).Index.VectorsFingerprint;

        Assert.Matches("^[0-9a-f]{64}$", before);
        Assert.NotEqual(before, after);
    }

    [Fact]
    public void LoadOrBuild_SignalsFromTheSettings_UsedWhetherBuiltOrLoadedFromCache()
    {
        using var folder = new TempFolder();
        var (corpus, cache) = WriteOneReport(folder);
        var signals = new RankingOptions { Bm25Weight = 0.5, SynonymWeight = 0.2 }.ToSignals();

        var (built, builtResult) = NewBuilder().LoadOrBuild(corpus, cache, signals: signals);
        var (loaded, loadedResult) = NewBuilder().LoadOrBuild(corpus, cache, signals: signals);
        var (plain, _) = NewBuilder().LoadOrBuild(corpus, cache);

        Assert.False(builtResult.FromCache);
        Assert.True(loadedResult.FromCache);
        Assert.Equal(signals, built.Retriever.Signals);
        Assert.Equal(signals, loaded.Retriever.Signals);
        Assert.Equal(RetrievalSignals.Default, plain.Retriever.Signals);
    }

    [Fact]
    public void LoadOrBuild_FileChanged_Rebuilds()
    {
        using var folder = new TempFolder();
        var (file, corpus, cache, builder) = BuildOnce(folder);

        File.AppendAllText(file, "\nJournalists faced harassment by officials.\n");
        var (index, result) = builder.LoadOrBuild(corpus, cache);

        Assert.False(result.FromCache);
        Assert.Contains("Journalists", index.Retriever.Search("journalists harassment", 1)[0].Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadOrBuild_CorruptCache_RebuildsInsteadOfFailing()
    {
        using var folder = new TempFolder();
        var (file, corpus, cache, builder) = BuildOnce(folder);
        foreach (var bin in Directory.EnumerateFiles(cache, "postings.bin", SearchOption.AllDirectories))
        {
            File.WriteAllBytes(bin, [1, 2, 3]);
        }

        var (_, result) = builder.LoadOrBuild(corpus, cache);
        Assert.False(result.FromCache);
        Assert.Equal(2, result.Passages);
    }

    // A one-report corpus in the folder, indexed once with a cache.
    private static (string File, string Corpus, string Cache, PassageIndexBuilder Builder) BuildOnce(TempFolder folder)
    {
        var file = folder.Write("corpus/testland-2020.txt", Report);
        var corpus = Path.GetDirectoryName(file)!;
        var cache = Path.Combine(folder.Path, "cache");
        var builder = NewBuilder();
        builder.LoadOrBuild(corpus, cache);
        return (file, corpus, cache, builder);
    }

    private static PassageIndexBuilder NewBuilder()
        => new(new CorpusLoader(NullLogger<CorpusLoader>.Instance), NullLogger<PassageIndexBuilder>.Instance);

    // The one-report corpus in folder/corpus, and where its cache goes.
    private static (string Corpus, string Cache) WriteOneReport(TempFolder folder)
    {
        folder.Write("corpus/testland-2020.txt", Report);
        return (Path.Combine(folder.Path, "corpus"), Path.Combine(folder.Path, "cache"));
    }
}
