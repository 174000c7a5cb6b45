using Microsoft.Extensions.Options;
using RightsBot.Core.Corpus;

namespace RightsBot.Core.Retrieval;

/// <summary>
/// Builds (or loads) the index once, on first use or at start-up, and shares it. Passage embeddings join it
/// at load when cached; otherwise <see cref="EnsureDenseAsync"/> makes them, and until then the lexical search's
/// best passages are reranked by meaning with vectors made on demand.
/// </summary>
internal sealed class PassageIndexProvider(
    PassageIndexBuilder builder,
    DenseIndexStore denseStore,
    IOptions<CorpusOptions> options,
    IOptions<RetrievalOptions> retrieval,
    ITextEmbedder? embedder = null) : IDisposable
{
    private readonly object _denseGate = new();
    private readonly CancellationTokenSource _stopping = new();
    private Task<DenseIndex?>? _dense;

    private readonly Lazy<Task<(PassageIndex Index, IndexBuildResult Result)>> _index = new(
        () => Task.Run(() =>
        {
            LoadModelMeanwhile(embedder, retrieval.Value);
            var loaded = builder.LoadOrBuild(options.Value.Path, options.Value.CachePath, signals: retrieval.Value.ToSignals());
            if (DenseIndexStore.Wanted(retrieval.Value, loaded.Index, embedder, options.Value.CachePath))
            {
                loaded.Index.Dense = denseStore.TryLoad(loaded.Index, embedder!, options.Value.CachePath);
            }

            if (loaded.Index.Dense is null)
            {
                loaded.Index.OnDemand = OnDemandSentenceVectors.For(retrieval.Value, loaded.Index.Corpus, embedder);
            }

            return loaded;
        }),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>True once the index is loaded and answering.</summary>
    public bool IsReady => _index.IsValueCreated && _index.Value.IsCompletedSuccessfully;

    /// <summary>The build result once ready, else null.</summary>
    public IndexBuildResult? Result => IsReady ? _index.Value.Result.Result : null;

    /// <summary>True once the index answers with passage embeddings as well as words.</summary>
    public bool DenseReady => IsReady && _index.Value.Result.Index.Dense is not null;

    public async Task<PassageIndex> GetAsync(CancellationToken cancellationToken = default)
        => (await _index.Value.WaitAsync(cancellationToken).ConfigureAwait(false)).Index;

    /// <summary>Loads the index now; throws <see cref="CorpusFormatException"/> when the corpus is empty.</summary>
    public async Task<IndexBuildResult> WarmUpAsync(CancellationToken cancellationToken = default)
        => (await _index.Value.WaitAsync(cancellationToken).ConfigureAwait(false)).Result;

    /// <summary>
    /// Makes the passage embeddings when the options want them and they are not loaded yet (once per process;
    /// callers share the work). Returns null in lexical mode.
    /// </summary>
    public async Task<DenseIndex?> EnsureDenseAsync(IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        var index = await GetAsync(cancellationToken).ConfigureAwait(false);
        if (index.Dense is { } ready)
        {
            return ready;
        }

        if (!DenseIndexStore.Wanted(retrieval.Value, index, embedder, options.Value.CachePath))
        {
            return null;
        }

        Task<DenseIndex?> task;
        lock (_denseGate)
        {
            _dense ??= Task.Run<DenseIndex?>(() =>
            {
                var dense = denseStore.LoadOrBuild(index, embedder!, options.Value.CachePath, progress, _stopping.Token);
                index.Dense = dense;

                // Every passage has vectors now: the on-demand ones are not used any more (a question that took
                // them just before keeps its reference).
                index.OnDemand = null;
                return dense;
            }, _stopping.Token);
            task = _dense;
        }

        return await task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    // The sentence model takes about 0.35 s to load (from the cached quantized file), and in hybrid and rerank
    // modes the first question needs it: load it while the index loads rather than after. A model that fails to
    // load fails again on that question, which then answers from words and logs why (PassageSearch). Under Auto
    // without reranking, only a small corpus needs the model, which is not known yet: it loads on the first question.
    private static void LoadModelMeanwhile(ITextEmbedder? embedder, RetrievalOptions options)
    {
        if (embedder is null || options.Dense == DenseMode.Off || (options.Dense == DenseMode.Auto && options.RerankDepth <= 0))
        {
            return;
        }

        _ = Task.Run(() =>
        {
            try
            {
                embedder.Load();
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Reported by the first question that needs the model.
            }
        });
    }

    /// <summary>Stops embedding passages when the process shuts down (the work resumes from scratch next time).</summary>
    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }
}
