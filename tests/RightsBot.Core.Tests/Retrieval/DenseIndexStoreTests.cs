using Microsoft.Extensions.Logging.Abstractions;
using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Retrieval;

public sealed class DenseIndexStoreTests : IDisposable
{
    // Each test gets its own folder: the two-report corpus and, beside it, a cache folder it may fill.
    private readonly TempFolder _folder = new();
    private readonly PassageIndex _index;
    private readonly string _cache;

    public DenseIndexStoreTests()
    {
        _index = DenseTestCorpus.BuildIndex(_folder);
        _cache = Path.Combine(_folder.Path, "cache");
    }

    public void Dispose() => _folder.Dispose();

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
            var file = DenseIndexStore.CacheFile(_cache, _index, embedder)!;
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, [0]);
        }

        var options = new RetrievalOptions { Dense = mode, DenseMaxPassages = maxPassages };

        Assert.Equal(expected, DenseIndexStore.Wanted(options, _index, hasEmbedder ? embedder : null, _cache));
    }

    [Fact]
    public void Wanted_AutoAtExactlyTheLimit_True()
    {
        var passages = _index.Corpus.Passages.Count;

        Assert.True(DenseIndexStore.Wanted(new RetrievalOptions { DenseMaxPassages = passages }, _index, new FakeTextEmbedder(), cachePath: null));
        Assert.False(DenseIndexStore.Wanted(new RetrievalOptions { DenseMaxPassages = passages - 1 }, _index, new FakeTextEmbedder(), cachePath: null));
    }

    [Fact]
    public void LoadOrBuild_FirstRun_EmbedsEveryPassageAndWritesTheCacheUnderDense()
    {
        var embedder = new FakeTextEmbedder();

        var dense = NewStore().LoadOrBuild(_index, embedder, _cache);

        Assert.Equal(_index.Corpus.Passages.Count, dense.Count);
        DenseTestCorpus.AssertEachPassageEmbeddedOnce(_index, embedder.Texts);
        var files = Directory.GetFiles(Path.Combine(_cache, "dense"));
        Assert.Equal(DenseIndexStore.CacheFile(_cache, _index, embedder), Assert.Single(files));
    }

    [Fact]
    public void LoadOrBuild_SecondStoreSameCache_LoadsWithoutEmbedding()
    {
        var first = NewStore().LoadOrBuild(_index, new FakeTextEmbedder(), _cache);
        var embedder = new FakeTextEmbedder();

        var second = NewStore().LoadOrBuild(_index, embedder, _cache);

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
        NewStore().LoadOrBuild(_index, new FakeTextEmbedder(), _cache);
        var other = new FakeTextEmbedder("fake-concepts-v2");

        NewStore().LoadOrBuild(_index, other, _cache);

        Assert.Equal(1, other.Calls);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(_cache, "dense")).Length);
    }

    [Fact]
    public void LoadOrBuild_TruncatedCache_RebuildsInsteadOfFailing()
    {
        var first = new FakeTextEmbedder();
        NewStore().LoadOrBuild(_index, first, _cache);
        var file = DenseIndexStore.CacheFile(_cache, _index, first)!;
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, bytes[..(bytes.Length / 2)]);
        var embedder = new FakeTextEmbedder();

        var store = NewStore();
        Assert.Null(store.TryLoad(_index, embedder, _cache));
        var dense = store.LoadOrBuild(_index, embedder, _cache);

        Assert.Equal(_index.Corpus.Passages.Count, dense.Count);
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
        NewStore().LoadOrBuild(_index, embedder, _cache);
        var file = DenseIndexStore.CacheFile(_cache, _index, embedder)!;
        var bytes = File.ReadAllBytes(file);
        var header = bytes.Length - (embedder.Dimensions * sizeof(float) * _index.Corpus.Passages.Count) - ((_index.Corpus.Passages.Count + 1) * sizeof(int));
        switch (damage)
        {
            case "garbage":
                bytes = [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 37))];
                break;
            case "bad offsets":
                // The last passage's end offset (total sentences) made negative.
                BitConverter.TryWriteBytes(bytes.AsSpan(header + (_index.Corpus.Passages.Count * sizeof(int))), -5);
                break;
            default:
                bytes = [.. bytes, 1, 2, 3, 4];
                break;
        }

        File.WriteAllBytes(file, bytes);

        Assert.Null(NewStore().TryLoad(_index, embedder, _cache));
    }

    [Fact]
    public void LoadOrBuild_NoCachePath_EmbedsAndWritesNothing()
    {
        var embedder = new FakeTextEmbedder();

        var dense = NewStore().LoadOrBuild(_index, embedder, cachePath: null);

        Assert.Equal(_index.Corpus.Passages.Count, dense.Count);
        Assert.Null(DenseIndexStore.CacheFile(null, _index, embedder));
        Assert.Equal(["corpus"], Directory.GetDirectories(_folder.Path).Select(Path.GetFileName));
    }

    private static DenseIndexStore NewStore() => new(NullLogger<DenseIndexStore>.Instance);
}
