using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RightsBot.Core.Corpus;
using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Retrieval;

public sealed class PassageIndexProviderTests : CorpusTests
{
    [Fact]
    public async Task EnsureDenseAsync_DenseOff_ReturnsNullWithoutEmbedding()
    {
        var embedder = new FakeTextEmbedder();
        using var provider = NewProvider(DenseMode.Off, embedder);

        var dense = await provider.EnsureDenseAsync();

        Assert.Null(dense);
        Assert.Null((await provider.GetAsync()).Dense);
        Assert.False(provider.DenseReady);
        Assert.Equal(0, embedder.Calls);
    }

    [Theory]
    [InlineData(DenseMode.Auto)]
    [InlineData(DenseMode.On)]
    public async Task EnsureDenseAsync_NoEmbedder_ReturnsNull(DenseMode mode)
    {
        using var provider = NewProvider(mode, embedder: null);

        Assert.Null(await provider.EnsureDenseAsync());
        Assert.False(provider.DenseReady);
    }

    [Fact]
    public async Task EnsureDenseAsync_Auto_EmbedsEveryPassageAndSetsTheIndexDense()
    {
        var embedder = new FakeTextEmbedder();
        using var provider = NewProvider(DenseMode.Auto, embedder);
        var index = await provider.GetAsync();
        Assert.Null(index.Dense); // nothing cached yet: answers start lexical

        var dense = await provider.EnsureDenseAsync();

        Assert.NotNull(dense);
        Assert.Equal(index.Corpus.Passages.Count, dense.Count);
        Assert.Same(dense, (await provider.GetAsync()).Dense);
        Assert.Null(index.Dense); // the snapshot a request took never changes under it
        Assert.True(provider.DenseReady);
        DenseTestCorpus.AssertEachPassageEmbeddedOnce(index, embedder.Texts);
        Assert.Same(dense, await provider.EnsureDenseAsync());
        Assert.Equal(1, embedder.Calls);
    }

    [Fact]
    public async Task GetAsync_NoCachedVectors_ReranksOnDemandUntilEveryPassageIsEmbedded()
    {
        var embedder = new FakeTextEmbedder();
        using var provider = NewProvider(DenseMode.Auto, embedder);
        var index = await provider.GetAsync();
        Assert.NotNull(index.OnDemand);
        Assert.Equal(0, embedder.Calls); // nothing is embedded until a question needs it

        await provider.EnsureDenseAsync();

        var now = await provider.GetAsync();
        Assert.NotNull(now.Dense);
        Assert.Null(now.OnDemand);
        Assert.NotNull(index.OnDemand); // a request that took the older snapshot still reranks with it
    }

    [Fact]
    public async Task GetAsync_DenseOff_NoOnDemandVectors()
    {
        using var provider = NewProvider(DenseMode.Off, new FakeTextEmbedder());

        Assert.Null((await provider.GetAsync()).OnDemand);
    }

    [Fact]
    public async Task EnsureDenseAsync_CalledConcurrently_EmbedsEachPassageExactlyOnce()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var embedder = new FakeTextEmbedder { Gate = gate.Task };
        using var provider = NewProvider(DenseMode.Auto, embedder);
        var index = await provider.GetAsync();

        // Each outer task ends once its call has joined the work (past the lock), while embedding is held.
        var joined = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Factory.StartNew(() => provider.EnsureDenseAsync(), CancellationToken.None, TaskCreationOptions.None, TaskScheduler.Default)));
        Assert.All(joined, t => Assert.False(t.IsCompleted));
        gate.SetResult();
        var results = await Task.WhenAll(joined).WaitAsync(TimeSpan.FromSeconds(10));

        var current = await provider.GetAsync();
        Assert.NotNull(current.Dense);
        Assert.All(results, r => Assert.Same(current.Dense, r));
        Assert.Equal(1, embedder.Calls);
        DenseTestCorpus.AssertEachPassageEmbeddedOnce(index, embedder.Texts);
    }

    [Fact]
    public async Task WarmUpAsync_VectorsCachedByAnEarlierRun_JoinTheIndexWithoutEmbedding()
    {
        using (var earlier = NewProvider(DenseMode.Auto, new FakeTextEmbedder()))
        {
            Assert.NotNull(await earlier.EnsureDenseAsync());
        }

        var embedder = new FakeTextEmbedder();
        using var provider = NewProvider(DenseMode.Auto, embedder);

        await provider.WarmUpAsync();

        Assert.True(provider.DenseReady);
        Assert.NotNull(await provider.EnsureDenseAsync());
        Assert.Equal(0, embedder.Calls);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public async Task EnsureDenseAsync_CachedVectorsWithoutSentenceHashes_WrittenOnlyWhenAsked(bool asked, bool written)
    {
        string file;
        using (var earlier = NewProvider(DenseMode.Auto, new FakeTextEmbedder()))
        {
            file = (await earlier.EnsureDenseAsync())!.File!;
        }

        File.Delete(file + SentenceReuse.Suffix);
        var embedder = new FakeTextEmbedder();
        using var provider = NewProvider(DenseMode.Auto, embedder);

        Assert.NotNull(await provider.EnsureDenseAsync(asked: asked));

        Assert.Equal(written, File.Exists(file + SentenceReuse.Suffix));
        Assert.Equal(0, embedder.Calls);
    }

    [Theory]
    [InlineData(DenseMode.Auto, 20, true)]
    [InlineData(DenseMode.On, 0, true)]
    [InlineData(DenseMode.Off, 20, false)]
    [InlineData(DenseMode.Auto, 0, false)]
    public async Task WarmUpAsync_ModelLoadedMeanwhileOnlyWhenQuestionsMayNeedIt(DenseMode mode, int rerankDepth, bool loads)
    {
        var embedder = new FakeTextEmbedder();
        using var provider = NewProvider(mode, embedder, rerankDepth);

        await provider.WarmUpAsync();
        // The model loads in the background: wait for it, or, when it must not load, give it the time it would take.
        for (var waited = 0; embedder.Loads == 0 && waited < (loads ? 10_000 : 300); waited += 10)
        {
            await Task.Delay(10);
        }

        Assert.Equal(loads ? 1 : 0, embedder.Loads);
        Assert.Equal(0, embedder.Calls); // loading embeds nothing
    }

    [Fact]
    public async Task ReportMeaningFailure_SwapsInAWordsOnlySnapshotOnceAndRestoresMeaningWhenARetryWorks()
    {
        var time = new FakeTimeProvider();
        var embedder = new BreakableEmbedder(new FakeTextEmbedder());
        using var provider = NewProvider(DenseMode.Auto, embedder, time: time);
        Assert.NotNull(await provider.EnsureDenseAsync());
        var before = await provider.GetAsync();
        Assert.Equal(MeaningState.On, provider.Meaning.State);
        embedder.Broken = true;

        provider.ReportMeaningFailure(before, new DllNotFoundException("onnxruntime"));
        var during = await provider.GetAsync();
        provider.ReportMeaningFailure(during, new DllNotFoundException("onnxruntime")); // already failed: nothing more

        Assert.False(during.SearchesByMeaning);
        Assert.NotNull(before.Dense); // a request holding the older snapshot keeps it
        Assert.Equal(MeaningState.Failed, provider.Meaning.State);
        Assert.Equal(nameof(DllNotFoundException), provider.Meaning.Error);
        Assert.Equal(time.GetUtcNow() + TimeSpan.FromMinutes(1), provider.Meaning.NextRetry);

        // The first retry, a minute later, still fails; the model is mended; a later retry restores meaning.
        await AdvanceUntilAsync(time, () => embedder.FailedCalls > 0);
        Assert.Equal(MeaningState.Failed, provider.Meaning.State);
        embedder.Broken = false;
        await AdvanceUntilAsync(time, () => provider.Meaning.State == MeaningState.On);

        Assert.Same(before.Dense, (await provider.GetAsync()).Dense);
        Assert.Null(provider.Meaning.Error);
    }

    [Fact]
    public async Task GetAsync_LoadFailed_TheNextRequestLoadsAgain()
    {
        using var folder = new TempFolder();
        var corpus = Path.Combine(folder.Path, "corpus");
        Directory.CreateDirectory(corpus);
        using var provider = new PassageIndexProvider(
            DenseTestCorpus.NewBuilder(), new DenseIndexStore(NullLogger<DenseIndexStore>.Instance),
            Options.Create(new CorpusOptions { Path = corpus, CachePath = string.Empty }), Options.Create(new RetrievalOptions { Dense = DenseMode.Off }),
            Options.Create(new RankingOptions()), TimeProvider.System, NullLogger<PassageIndexProvider>.Instance);

        await Assert.ThrowsAsync<CorpusFormatException>(() => provider.GetAsync());
        Assert.False(provider.IsReady);
        folder.Write("corpus/testland-2020.txt", DenseTestCorpus.TestlandHeader + "The police detained protesters in the capital.\n");

        var index = await provider.GetAsync();

        Assert.Single(index.Corpus.Reports);
        Assert.True(provider.IsReady);
    }

    [Fact]
    public async Task LoadAsync_RefreshAfterTheCorpusChanged_SwapsInTheNewIndexWithItsVectorsReady()
    {
        var embedder = new FakeTextEmbedder();
        using var provider = NewProvider(DenseMode.Auto, embedder);
        Assert.NotNull(await provider.EnsureDenseAsync());
        var before = await provider.GetAsync();
        File.WriteAllText(Path.Combine(CorpusPath, "thirdland-2022.txt"),
            "Thirdland\n\n2022 Country Reports on Human Rights Practices\n\nSection 1. Life\n\nThe courts jailed bloggers.\n");

        var result = await provider.LoadAsync(IndexLoad.Refresh);
        var after = await provider.GetAsync();

        Assert.Equal(before.Corpus.Reports.Count + 1, result.Reports);
        Assert.NotNull(after.Dense); // made before the swap: no rerank-only interval
        Assert.Equal(after.Corpus.Passages.Count, after.Dense.Count);
        Assert.DoesNotContain(before.Corpus.Reports, r => r.Country == "Thirdland"); // the old snapshot is untouched
    }

    // Moves fake time on in steps until the background retry has done what is awaited (bounded in real time).
    private static async Task AdvanceUntilAsync(FakeTimeProvider time, Func<bool> done)
    {
        for (var step = 0; step < 200 && !done(); step++)
        {
            time.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(25);
        }

        Assert.True(done(), "the background retry did not get there");
    }

    private PassageIndexProvider NewProvider(DenseMode mode, ITextEmbedder? embedder, int rerankDepth = 20, TimeProvider? time = null)
        => new(
            DenseTestCorpus.NewBuilder(),
            new DenseIndexStore(NullLogger<DenseIndexStore>.Instance),
            Options.Create(new CorpusOptions { Path = CorpusPath, CachePath = CachePath }),
            Options.Create(new RetrievalOptions { Dense = mode, RerankDepth = rerankDepth }),
            Options.Create(new RankingOptions()),
            time ?? TimeProvider.System,
            NullLogger<PassageIndexProvider>.Instance,
            embedder);
}
