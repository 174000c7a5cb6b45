using Microsoft.Extensions.Logging.Abstractions;
using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Retrieval;

public class DenseIndexStoreTests
{
    [Theory]
    [InlineData(DenseMode.Off, 20_000, false, true, false)]
    [InlineData(DenseMode.Off, 20_000, true, true, false)]
    [InlineData(DenseMode.On, 0, false, true, true)]
    [InlineData(DenseMode.Auto, 20_000, false, true, true)]
    [InlineData(DenseMode.Auto, 0, false, true, false)]
    [InlineData(DenseMode.Auto, 0, true, true, true)]
    [InlineData(DenseMode.On, 20_000, false, false, false)]
    [InlineData(DenseMode.Auto, 20_000, false, false, false)]
    public void Wanted_ModeCorpusSizeCacheAndEmbedder_DecidesWhetherToEmbed(DenseMode mode, int maxPassages, bool cacheFileExists, bool hasEmbedder, bool expected)
    {
        using var folder = new TempFolder();
        var index = DenseTestCorpus.BuildIndex(folder);
        var cache = Path.Combine(folder.Path, "cache");
        var embedder = new FakeTextEmbedder();
        if (cacheFileExists)
        {
            var file = DenseIndexStore.CacheFile(cache, index, embedder)!;
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, [0]);
        }

        var options = new RetrievalOptions { Dense = mode, DenseMaxPassages = maxPassages };

        Assert.Equal(expected, DenseIndexStore.Wanted(options, index, hasEmbedder ? embedder : null, cache));
    }

    [Fact]
    public void Wanted_AutoAtExactlyTheLimit_True()
    {
        using var folder = new TempFolder();
        var index = DenseTestCorpus.BuildIndex(folder);
        var passages = index.Corpus.Passages.Count;

        Assert.True(DenseIndexStore.Wanted(new RetrievalOptions { DenseMaxPassages = passages }, index, new FakeTextEmbedder(), cachePath: null));
        Assert.False(DenseIndexStore.Wanted(new RetrievalOptions { DenseMaxPassages = passages - 1 }, index, new FakeTextEmbedder(), cachePath: null));
    }

    [Fact]
    public void LoadOrBuild_FirstRun_EmbedsEveryPassageAndWritesTheCacheUnderDense()
    {
        using var folder = new TempFolder();
        var index = DenseTestCorpus.BuildIndex(folder);
        var cache = Path.Combine(folder.Path, "cache");
        var embedder = new FakeTextEmbedder();

        var dense = NewStore().LoadOrBuild(index, embedder, cache);

        Assert.Equal(index.Corpus.Passages.Count, dense.Count);
        DenseTestCorpus.AssertEachPassageEmbeddedOnce(index, embedder.Texts);
        var files = Directory.GetFiles(Path.Combine(cache, "dense"));
        Assert.Equal(DenseIndexStore.CacheFile(cache, index, embedder), Assert.Single(files));
    }

    [Fact]
    public void LoadOrBuild_SecondStoreSameCache_LoadsWithoutEmbedding()
    {
        using var folder = new TempFolder();
        var index = DenseTestCorpus.BuildIndex(folder);
        var cache = Path.Combine(folder.Path, "cache");
        var first = NewStore().LoadOrBuild(index, new FakeTextEmbedder(), cache);
        var embedder = new FakeTextEmbedder();

        var second = NewStore().LoadOrBuild(index, embedder, cache);

        Assert.Equal(0, embedder.Calls);
        Assert.Same(embedder, second.Embedder);
        var query = embedder.Vector(DenseTestCorpus.LandQuestion);
        Assert.Equal(
            Enumerable.Range(0, first.Count).Select(p => first.Similarity(query, p)),
            Enumerable.Range(0, second.Count).Select(p => second.Similarity(query, p)));
    }

    [Fact]
    public void LoadOrBuild_AnotherModel_EmbedsAgainIntoItsOwnFile()
    {
        using var folder = new TempFolder();
        var index = DenseTestCorpus.BuildIndex(folder);
        var cache = Path.Combine(folder.Path, "cache");
        NewStore().LoadOrBuild(index, new FakeTextEmbedder(), cache);
        var other = new FakeTextEmbedder("fake-concepts-v2");

        NewStore().LoadOrBuild(index, other, cache);

        Assert.Equal(1, other.Calls);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(cache, "dense")).Length);
    }

    [Fact]
    public void LoadOrBuild_TruncatedCache_RebuildsInsteadOfFailing()
    {
        using var folder = new TempFolder();
        var index = DenseTestCorpus.BuildIndex(folder);
        var cache = Path.Combine(folder.Path, "cache");
        var first = new FakeTextEmbedder();
        NewStore().LoadOrBuild(index, first, cache);
        var file = DenseIndexStore.CacheFile(cache, index, first)!;
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, bytes[..(bytes.Length / 2)]);
        var embedder = new FakeTextEmbedder();

        var store = NewStore();
        Assert.Null(store.TryLoad(index, embedder, cache));
        var dense = store.LoadOrBuild(index, embedder, cache);

        Assert.Equal(index.Corpus.Passages.Count, dense.Count);
        Assert.Equal(1, embedder.Calls);
        Assert.Equal(bytes.Length, new FileInfo(file).Length);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("bad offsets")]
    [InlineData("extra bytes")]
    public void TryLoad_DamagedCache_IsNullNotAnError(string damage)
    {
        using var folder = new TempFolder();
        var index = DenseTestCorpus.BuildIndex(folder);
        var cache = Path.Combine(folder.Path, "cache");
        var embedder = new FakeTextEmbedder();
        NewStore().LoadOrBuild(index, embedder, cache);
        var file = DenseIndexStore.CacheFile(cache, index, embedder)!;
        var bytes = File.ReadAllBytes(file);
        var header = bytes.Length - (embedder.Dimensions * sizeof(float) * index.Corpus.Passages.Count) - ((index.Corpus.Passages.Count + 1) * sizeof(int));
        switch (damage)
        {
            case "garbage":
                bytes = [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 37))];
                break;
            case "bad offsets":
                // The last passage's end offset (total sentences) made negative.
                BitConverter.TryWriteBytes(bytes.AsSpan(header + (index.Corpus.Passages.Count * sizeof(int))), -5);
                break;
            default:
                bytes = [.. bytes, 1, 2, 3, 4];
                break;
        }

        File.WriteAllBytes(file, bytes);

        Assert.Null(NewStore().TryLoad(index, embedder, cache));
    }

    [Fact]
    public void LoadOrBuild_NoCachePath_EmbedsAndWritesNothing()
    {
        using var folder = new TempFolder();
        var index = DenseTestCorpus.BuildIndex(folder);
        var embedder = new FakeTextEmbedder();

        var dense = NewStore().LoadOrBuild(index, embedder, cachePath: null);

        Assert.Equal(index.Corpus.Passages.Count, dense.Count);
        Assert.Null(DenseIndexStore.CacheFile(null, index, embedder));
        Assert.Equal(["corpus"], Directory.GetDirectories(folder.Path).Select(Path.GetFileName));
    }

    private static DenseIndexStore NewStore() => new(NullLogger<DenseIndexStore>.Instance);
}
