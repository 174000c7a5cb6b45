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

    [Theory]
    [InlineData(DenseMode.Auto, true)]
    [InlineData(DenseMode.On, true)]
    [InlineData(DenseMode.Off, false)]
    public void Wanted_AskedByTheIndexCommand_AnySizeUnlessOff(DenseMode mode, bool expected)
    {
        var options = new RetrievalOptions { Dense = mode, DenseMaxPassages = 0 };

        Assert.Equal(expected, DenseIndexStore.Wanted(options, Index, new FakeTextEmbedder(), cachePath: null, asked: true));
        Assert.Equal(mode == DenseMode.On, DenseIndexStore.Wanted(options, Index, new FakeTextEmbedder(), cachePath: null));
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
        var file = DenseIndexStore.CacheFile(CachePath, Index, embedder)!;
        Assert.Equal([file, file + SentenceReuse.Suffix], Directory.GetFiles(Path.Combine(CachePath, "dense")).Order(StringComparer.Ordinal));
    }

    // The test corpus embedded once into the cache, by the default fake model: its vector file.
    private string VectorsFileMadeOnce()
    {
        var embedder = new FakeTextEmbedder();
        NewStore().LoadOrBuild(Index, embedder, CachePath);
        return DenseIndexStore.CacheFile(CachePath, Index, embedder)!;
    }

    private const string NewReportFirst = "Officials closed two newspapers in the north.";
    private const string NewReportSecond = "Courts fined bloggers for criticizing the mayor.";

    // The two-report corpus copied into grown/, with a third report of two new sentences.
    private PassageIndex GrownCorpus()
    {
        var grown = Path.Combine(FolderPath, "grown");
        Directory.CreateDirectory(grown);
        foreach (var file in Directory.GetFiles(CorpusPath))
        {
            File.Copy(file, Path.Combine(grown, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(grown, "newland-2022.txt"), "Newland\n\n2022 Country Reports on Human Rights Practices\n\nSection 2. Liberty\n\n" + NewReportFirst + "\n\n" + NewReportSecond + "\n");
        return DenseTestCorpus.NewBuilder().LoadOrBuild(grown, CachePath).Index;
    }

    [Fact]
    public void LoadOrBuild_CorpusCopiedElsewhere_LoadsTheVectorsWithoutEmbedding()
    {
        NewStore().LoadOrBuild(Index, new FakeTextEmbedder(), CachePath);
        var copy = Path.Combine(FolderPath, "copy");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(CorpusPath))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        var (copied, _) = DenseTestCorpus.NewBuilder().LoadOrBuild(copy, CachePath);
        var embedder = new FakeTextEmbedder();
        var dense = NewStore().LoadOrBuild(copied, embedder, CachePath);

        Assert.Equal(0, embedder.Calls);
        Assert.Equal(copied.Corpus.Passages.Count, dense.Count);
    }

    [Fact]
    public void LoadOrBuild_CorpusGainedAReport_EmbedsOnlyItsSentencesAndCopiesTheRest()
    {
        NewStore().LoadOrBuild(Index, new FakeTextEmbedder(), CachePath);
        var grown = GrownCorpus();
        var embedder = new FakeTextEmbedder();

        var dense = NewStore().LoadOrBuild(grown, embedder, CachePath);

        // Only the new report's two sentences were embedded; every other record is the earlier file's.
        Assert.Equal([NewReportSecond, NewReportFirst], embedder.Texts.Order(StringComparer.Ordinal).ToArray());
        var fresh = DenseIndex.Build(new FakeTextEmbedder(), [.. grown.Corpus.Passages.Select(p => p.Text)]);
        var query = embedder.Vector(DenseTestCorpus.LandQuestion);
        Assert.Equal(grown.Corpus.Passages.Count, dense.Count);
        Assert.Equal(dense.SentenceCount - 2, dense.Copied);
        Assert.Equal(
            Enumerable.Range(0, fresh.Count).Select(p => fresh.Similarity(query, p)),
            Enumerable.Range(0, dense.Count).Select(p => dense.Similarity(query, p)));
        Assert.True(File.Exists(DenseIndexStore.CacheFile(CachePath, grown, embedder) + SentenceReuse.Suffix));
    }

    [Fact]
    public void LoadOrBuild_FileMadeBeforeHashes_GetsThemWhenLoadedAndIsReusedAfter()
    {
        var file = VectorsFileMadeOnce();
        var hashes = File.ReadAllBytes(file + SentenceReuse.Suffix);
        File.Delete(file + SentenceReuse.Suffix);

        var loading = new FakeTextEmbedder();
        NewStore().LoadOrBuild(Index, loading, CachePath);
        var embedder = new FakeTextEmbedder();
        NewStore().LoadOrBuild(GrownCorpus(), embedder, CachePath);

        Assert.Equal(0, loading.Calls);
        Assert.Equal(hashes, File.ReadAllBytes(file + SentenceReuse.Suffix));
        Assert.Equal(2, embedder.Texts.Count);
    }

    [Theory]
    [InlineData("hashes cut short")]
    [InlineData("hashes missing")]
    [InlineData("hashes of another file")]
    [InlineData("vectors cut short")]
    [InlineData("another model")]
    public void LoadOrBuild_EarlierFileUnusable_EmbedsEverySentence(string damage)
    {
        var file = VectorsFileMadeOnce();
        switch (damage)
        {
            case "hashes cut short":
                File.WriteAllBytes(file + SentenceReuse.Suffix, File.ReadAllBytes(file + SentenceReuse.Suffix)[..^3]);
                break;
            case "hashes missing":
                File.Delete(file + SentenceReuse.Suffix);
                break;
            case "hashes of another file":
                var hashes = File.ReadAllBytes(file + SentenceReuse.Suffix);
                var named = System.Text.Encoding.ASCII.GetBytes(Index.VectorsFingerprint);
                var at = hashes.AsSpan().IndexOf(named);
                Assert.True(at > 0);
                System.Text.Encoding.ASCII.GetBytes(new string([.. Index.VectorsFingerprint.Reverse()])).CopyTo(hashes, at);
                File.WriteAllBytes(file + SentenceReuse.Suffix, hashes);
                break;
            case "vectors cut short":
                using (var stream = new FileStream(file, FileMode.Open))
                {
                    stream.SetLength(stream.Length - 1);
                }

                break;
        }

        var grown = GrownCorpus();
        var embedder = damage == "another model" ? new FakeTextEmbedder("fake-concepts-v2") : new FakeTextEmbedder();

        var dense = NewStore().LoadOrBuild(grown, embedder, CachePath);

        Assert.Equal(dense.SentenceCount, embedder.Texts.Count);
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
        Assert.Equal(2, Directory.GetFiles(Path.Combine(CachePath, "dense"), "*.v3.bin").Length);
    }

    [Fact]
    public void LoadOrBuild_TruncatedCache_RebuildsInsteadOfFailing()
    {
        var file = VectorsFileMadeOnce();
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
        var file = VectorsFileMadeOnce();
        var embedder = new FakeTextEmbedder();
        var bytes = File.ReadAllBytes(file);
        switch (damage)
        {
            case "garbage":
                bytes = [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 37))];
                break;
            case "bad offsets":
                // The last passage's end offset (total sentences) made negative: it follows three strings of one
                // length byte each and three 32-bit numbers.
                var header = 3 + DenseFileHeader.Magic.Length + Index.VectorsFingerprint.Length + embedder.ModelId.Length + 12;
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
    public void LoadOrBuild_DamagedCache_RebuildsWithAWarning()
    {
        NewStore().LoadOrBuild(Index, new FakeTextEmbedder(), CachePath);
        var file = DenseIndexStore.CacheFile(CachePath, Index, new FakeTextEmbedder())!;
        File.WriteAllBytes(file, [.. File.ReadAllBytes(file), 0]);
        var logger = new Corpus.CorpusLoaderTests.ListLogger<DenseIndexStore>();
        var embedder = new FakeTextEmbedder();

        using var dense = new DenseIndexStore(logger).LoadOrBuild(Index, embedder, CachePath);

        Assert.Contains(logger.Warnings, w => w.Contains("unreadable and will be rebuilt", StringComparison.Ordinal) && w.Contains(file, StringComparison.Ordinal));
        Assert.Equal(1, embedder.Calls);
        Assert.Equal(file, dense.File);
        Assert.NotNull(NewStore().TryLoad(Index, embedder, CachePath));
    }

    [Fact]
    public void LoadOrBuild_StoppedEarlier_GoesOnFromThePartialFileAndSaysFromWhere()
    {
        var embedder = new FakeTextEmbedder();
        var file = DenseIndexStore.CacheFile(CachePath, Index, embedder)!;
        var texts = DenseTestCorpus.PassageTexts(Index);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        DenseIndex.Build(new FakeTextEmbedder(), texts).Save(file + DenseFileBuilder.PartialSuffix, Index.VectorsFingerprint);
        var header = DenseFileHeader.For(Index.VectorsFingerprint, embedder, DenseEmbedding.SentenceOffsets(texts));
        using (var partial = new FileStream(file + DenseFileBuilder.PartialSuffix, FileMode.Open))
        {
            partial.SetLength(header.RecordsStart + (3 * header.RecordSize) + 5);
        }

        var reported = new List<EmbeddingProgress>();
        using var dense = NewStore().LoadOrBuild(Index, embedder, CachePath, new InlineProgress<EmbeddingProgress>(reported.Add));

        Assert.Equal(new EmbeddingProgress(3, header.Sentences), dense.ResumedFrom);
        Assert.Equal(new EmbeddingProgress(3, header.Sentences), reported[0]);
        Assert.Equal(texts.SelectMany(DenseIndex.Sentences).Skip(3), embedder.Texts);
        Assert.Equal([file, file + SentenceReuse.Suffix], Directory.GetFiles(Path.GetDirectoryName(file)!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void LoadOrBuild_AnotherProcessBuildsTheFile_EmbedsInMemoryWithAWarning()
    {
        var embedder = new FakeTextEmbedder();
        var file = DenseIndexStore.CacheFile(CachePath, Index, embedder)!;
        using var other = DenseFileBuilder.Open(file, Index.VectorsFingerprint, new FakeTextEmbedder(), DenseTestCorpus.PassageTexts(Index));
        var logger = new Corpus.CorpusLoaderTests.ListLogger<DenseIndexStore>();

        var dense = new DenseIndexStore(logger).LoadOrBuild(Index, embedder, CachePath);

        Assert.Null(dense.File);
        Assert.Equal(Index.Corpus.Passages.Count, dense.Count);
        Assert.Contains(logger.Warnings, w => w.Contains("embedding in memory instead", StringComparison.Ordinal));
    }

    [Fact]
    public void LoadOrBuild_OnlyAV2Cache_ConvertsItWithoutEmbeddingAndRemovesIt()
    {
        var embedder = new FakeTextEmbedder();
        var legacy = DenseIndexStore.LegacyCacheFile(CachePath, Index, embedder)!;
        LegacyDenseFile.Write(legacy, Index.VectorsFingerprint, new FakeTextEmbedder(), DenseTestCorpus.PassageTexts(Index));
        var logger = new Corpus.CorpusLoaderTests.ListLogger<DenseIndexStore>();

        Assert.True(DenseIndexStore.Wanted(new RetrievalOptions { DenseMaxPassages = 0 }, Index, embedder, CachePath));
        using var dense = new DenseIndexStore(logger).LoadOrBuild(Index, embedder, CachePath);

        Assert.Equal(0, embedder.Calls);
        Assert.Empty(logger.Warnings);
        Assert.Equal(DenseIndexStore.CacheFile(CachePath, Index, embedder), dense.File);
        Assert.Equal([dense.File!, dense.File + SentenceReuse.Suffix], Directory.GetFiles(Path.GetDirectoryName(legacy)!).Order(StringComparer.Ordinal));
        var query = embedder.Vector(DenseTestCorpus.LandQuestion);
        var texts = DenseTestCorpus.PassageTexts(Index);
        for (var p = 0; p < dense.Count; p++)
        {
            Assert.Equal(System.Numerics.Tensors.TensorPrimitives.Dot(query, embedder.Vector(texts[p])), dense.Similarity(query, p), 0.01);
        }
    }

    [Fact]
    public void LoadOrBuild_DamagedV2Cache_EmbedsAgainWithAWarning()
    {
        var embedder = new FakeTextEmbedder();
        var legacy = DenseIndexStore.LegacyCacheFile(CachePath, Index, embedder)!;
        LegacyDenseFile.Write(legacy, Index.VectorsFingerprint, new FakeTextEmbedder(), DenseTestCorpus.PassageTexts(Index));
        File.WriteAllBytes(legacy, File.ReadAllBytes(legacy)[..^8]);
        var logger = new Corpus.CorpusLoaderTests.ListLogger<DenseIndexStore>();

        using var dense = new DenseIndexStore(logger).LoadOrBuild(Index, embedder, CachePath);

        Assert.Equal(1, embedder.Calls);
        Assert.Contains(logger.Warnings, w => w.Contains("could not be converted", StringComparison.Ordinal));
        Assert.Equal(DenseIndexStore.CacheFile(CachePath, Index, embedder), dense.File);
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
