using Microsoft.Extensions.Logging.Abstractions;
using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Retrieval;

// Each test gets its own folder: the two-report corpus and, beside it, a cache folder it may fill.
public sealed class DenseIndexStoreTests : CorpusTests
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
        var embedder = new FakeTextEmbedder();
        if (cacheFileExists)
        {
            var file = DenseIndexStore.CacheFile(CachePath, Index, embedder)!;
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, [0]);
        }

        var options = new RetrievalOptions { Dense = mode, DenseMaxPassages = maxPassages };

        Assert.Equal(expected, DenseIndexStore.Wanted(options, Index, hasEmbedder ? embedder : null, CachePath));
    }

    [Fact]
    public void Wanted_AutoAtExactlyTheLimit_True()
    {
        var passages = Index.Corpus.Passages.Count;

        Assert.True(DenseIndexStore.Wanted(new RetrievalOptions { DenseMaxPassages = passages }, Index, new FakeTextEmbedder(), cachePath: null));
        Assert.False(DenseIndexStore.Wanted(new RetrievalOptions { DenseMaxPassages = passages - 1 }, Index, new FakeTextEmbedder(), cachePath: null));
    }

    [Fact]
    public void LoadOrBuild_FirstRun_EmbedsEveryPassageAndWritesTheCacheUnderDense()
    {
        var embedder = new FakeTextEmbedder();

        var dense = NewStore().LoadOrBuild(Index, embedder, CachePath);

        Assert.Equal(Index.Corpus.Passages.Count, dense.Count);
        DenseTestCorpus.AssertEachPassageEmbeddedOnce(Index, embedder.Texts);
        var files = Directory.GetFiles(Path.Combine(CachePath, "dense"));
        Assert.Equal(DenseIndexStore.CacheFile(CachePath, Index, embedder), Assert.Single(files));
    }

    [Fact]
    public void LoadOrBuild_SecondStoreSameCache_LoadsWithoutEmbedding()
    {
        var first = NewStore().LoadOrBuild(Index, new FakeTextEmbedder(), CachePath);
        var embedder = new FakeTextEmbedder();

        var second = NewStore().LoadOrBuild(Index, embedder, CachePath);

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
        NewStore().LoadOrBuild(Index, new FakeTextEmbedder(), CachePath);
        var other = new FakeTextEmbedder("fake-concepts-v2");

        NewStore().LoadOrBuild(Index, other, CachePath);

        Assert.Equal(1, other.Calls);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(CachePath, "dense")).Length);
    }

    [Fact]
    public void LoadOrBuild_TruncatedCache_RebuildsInsteadOfFailing()
    {
        var first = new FakeTextEmbedder();
        NewStore().LoadOrBuild(Index, first, CachePath);
        var file = DenseIndexStore.CacheFile(CachePath, Index, first)!;
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, bytes[..(bytes.Length / 2)]);
        var embedder = new FakeTextEmbedder();

        var store = NewStore();
        Assert.Null(store.TryLoad(Index, embedder, CachePath));
        var dense = store.LoadOrBuild(Index, embedder, CachePath);

        Assert.Equal(Index.Corpus.Passages.Count, dense.Count);
        Assert.Equal(1, embedder.Calls);
        Assert.Equal(bytes.Length, new FileInfo(file).Length);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("bad offsets")]
    [InlineData("extra bytes")]
    public void TryLoad_DamagedCache_IsNullNotAnError(string damage)
    {
        var embedder = new FakeTextEmbedder();
        NewStore().LoadOrBuild(Index, embedder, CachePath);
        var file = DenseIndexStore.CacheFile(CachePath, Index, embedder)!;
        var bytes = File.ReadAllBytes(file);
        var header = bytes.Length - (embedder.Dimensions * sizeof(float) * Index.Corpus.Passages.Count) - ((Index.Corpus.Passages.Count + 1) * sizeof(int));
        switch (damage)
        {
            case "garbage":
                bytes = [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 37))];
                break;
            case "bad offsets":
                // The last passage's end offset (total sentences) made negative.
                BitConverter.TryWriteBytes(bytes.AsSpan(header + (Index.Corpus.Passages.Count * sizeof(int))), -5);
                break;
            default:
                bytes = [.. bytes, 1, 2, 3, 4];
                break;
        }

        File.WriteAllBytes(file, bytes);

        Assert.Null(NewStore().TryLoad(Index, embedder, CachePath));
    }

    [Fact]
    public void LoadOrBuild_NoCachePath_EmbedsAndWritesNothing()
    {
        var embedder = new FakeTextEmbedder();

        var dense = NewStore().LoadOrBuild(Index, embedder, cachePath: null);

        Assert.Equal(Index.Corpus.Passages.Count, dense.Count);
        Assert.Null(DenseIndexStore.CacheFile(null, Index, embedder));
        Assert.Equal(["corpus"], Directory.GetDirectories(FolderPath).Select(Path.GetFileName));
    }

    private static DenseIndexStore NewStore() => new(NullLogger<DenseIndexStore>.Instance);
}
