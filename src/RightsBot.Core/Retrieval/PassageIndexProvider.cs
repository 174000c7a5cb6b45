using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using RightsBot.Core.Corpus;

namespace RightsBot.Core.Retrieval;

/// <summary>
/// The one place that builds, caches and loads the index, for every command. It hands out immutable snapshots
/// (<see cref="PassageIndex"/>): passage vectors that arrive later, or search by meaning switched off after the
/// model failed, make a new snapshot swapped in atomically, and a request keeps the one it started with. A load
/// that failed is tried again by the next request; a failed model is tried again with back-off.
/// </summary>
internal sealed partial class PassageIndexProvider : IDisposable
{
    // After the sentence model fails, it is tried again after this long, then twice as long each time, at most
    // MeaningRetryMax apart (with jitter). Meanwhile answers come from words.
    private static readonly TimeSpan MeaningRetryFirst = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan MeaningRetryMax = TimeSpan.FromMinutes(30);

    private readonly PassageIndexBuilder _builder;
    private readonly DenseIndexStore _denseStore;
    private readonly IOptions<CorpusOptions> _options;
    private readonly IOptions<RetrievalOptions> _retrieval;
    private readonly IOptions<RankingOptions> _ranking;
    private readonly TimeProvider _time;
    private readonly ILogger<PassageIndexProvider> _logger;
    private readonly ITextEmbedder? _embedder;
    private readonly ResiliencePipeline _meaningRetry;
    private readonly object _gate = new();
    private readonly CancellationTokenSource _stopping = new();
    private Task<PassageIndex>? _loading;
    private Task<DenseIndex?>? _dense;
    private volatile PassageIndex? _current;
    private volatile IndexBuildResult? _result;
    private volatile MeaningHealth _health = new(MeaningState.Off);
    private PassageIndex? _suspended;

    public PassageIndexProvider(
        PassageIndexBuilder builder,
        DenseIndexStore denseStore,
        IOptions<CorpusOptions> options,
        IOptions<RetrievalOptions> retrieval,
        IOptions<RankingOptions> ranking,
        TimeProvider time,
        ILogger<PassageIndexProvider> logger,
        ITextEmbedder? embedder = null)
    {
        (_builder, _denseStore, _options, _retrieval, _ranking, _time, _logger, _embedder) = (builder, denseStore, options, retrieval, ranking, time, logger, embedder);
        _meaningRetry = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(ex => ex is not (OperationCanceledException or OutOfMemoryException)),
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                Delay = MeaningRetryFirst,
                MaxDelay = MeaningRetryMax,
                UseJitter = true,
                OnRetry = args =>
                {
                    _health = _health with { NextRetry = _time.GetUtcNow() + args.RetryDelay };
                    return default;
                },
            })
            .Build();
    }

    /// <summary>True once the index is loaded and answering.</summary>
    public bool IsReady => _current is not null;

    /// <summary>The last load's counts and timing once ready, else null.</summary>
    public IndexBuildResult? Result => _result;

    /// <summary>True once the index answers with passage embeddings as well as words.</summary>
    public bool DenseReady => _current?.Dense is not null;

    /// <summary>Whether answers search by meaning now, and why not when the model failed.</summary>
    public MeaningHealth Meaning => _health;

    /// <summary>The current snapshot, loading the index first when it is not loaded (or the last load failed).</summary>
    public Task<PassageIndex> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_current is { } current)
        {
            return Task.FromResult(current);
        }

        Task<PassageIndex> task;
        lock (_gate)
        {
            if (_loading is null || _loading.IsFaulted || _loading.IsCanceled)
            {
                _loading = StartLoad(IndexLoad.Cached, null);
            }

            task = _loading;
        }

        return task.WaitAsync(cancellationToken);
    }

    /// <summary>Loads the index now; throws <see cref="CorpusFormatException"/> when the corpus cannot be loaded.</summary>
    public async Task<IndexBuildResult> WarmUpAsync(CancellationToken cancellationToken = default)
    {
        await GetAsync(cancellationToken).ConfigureAwait(false);
        return _result!;
    }

    /// <summary>Loads the index the given way (replacing the current snapshot) and returns what it cost.</summary>
    public async Task<IndexBuildResult> LoadAsync(IndexLoad load, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        Task<PassageIndex> task;
        lock (_gate)
        {
            _loading = StartLoad(load, progress);
            task = _loading;
        }

        await task.WaitAsync(cancellationToken).ConfigureAwait(false);
        return _result!;
    }

    /// <summary>
    /// Makes the passage embeddings when the options want them and they are not loaded yet (callers share the
    /// work; a failed attempt is made again by the next caller). Returns null in lexical mode. <paramref name="asked"/>:
    /// the <c>index</c> command, which makes them at any corpus size (see <see cref="DenseIndexStore.Wanted"/>).
    /// </summary>
    public async Task<DenseIndex?> EnsureDenseAsync(IProgress<EmbeddingProgress>? progress = null, bool asked = false, CancellationToken cancellationToken = default)
    {
        var index = await GetAsync(cancellationToken).ConfigureAwait(false);
        if (index.Dense is { } ready)
        {
            if (asked)
            {
                _denseStore.WriteMissingHashes(ready, index);
            }

            return ready;
        }

        if (!DenseIndexStore.Wanted(_retrieval.Value, index, _embedder, _options.Value.CachePath, asked))
        {
            return null;
        }

        Task<DenseIndex?> task;
        lock (_gate)
        {
            if (_dense is null || _dense.IsFaulted || _dense.IsCanceled)
            {
                _dense = Task.Run<DenseIndex?>(() => MakeDense(index, progress), _stopping.Token);
            }

            task = _dense;
        }

        return await task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A request found that the sentence model cannot run (a missing native library, say): answers switch to
    /// words alone, the failure is logged once, and the model is tried again with back-off.
    /// </summary>
    public void ReportMeaningFailure(PassageIndex snapshot, Exception error)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(error);
        lock (_gate)
        {
            if (_health.State == MeaningState.Failed || _current is not { } current || !ReferenceEquals(current.Corpus, snapshot.Corpus) || _embedder is null)
            {
                return;
            }

            _suspended = current;
            _current = current.WithMeaning(null, null);
            _health = new MeaningHealth(MeaningState.Failed, error.GetType().Name, _time.GetUtcNow() + MeaningRetryFirst);
        }

        LogMeaningFailed(_logger, error.GetType().Name, error.Message, MeaningRetryFirst);
        _ = Task.Run(() => RetryMeaningAsync(_stopping.Token));
    }

    private Task<PassageIndex> StartLoad(IndexLoad load, IProgress<double>? progress) => Task.Run(() =>
    {
        LoadModelMeanwhile();
        var options = _options.Value;
        var retrieval = _retrieval.Value;
        var (index, result) = _builder.LoadOrBuild(
            options.Path, load == IndexLoad.Uncached ? null : options.CachePath, progress, load is IndexLoad.Rebuild or IndexLoad.Uncached, _ranking.Value.ToSignals());
        var wanted = DenseIndexStore.Wanted(retrieval, index, _embedder, options.CachePath);
        var dense = wanted ? _denseStore.TryLoad(index, _embedder!, options.CachePath) : null;
        if (load == IndexLoad.Refresh && wanted && dense is null)
        {
            // A refresh swaps in a finished index: its vectors are made before it answers, not after.
            dense = _denseStore.LoadOrBuild(index, _embedder!, options.CachePath, cancellationToken: _stopping.Token);
        }

        var snapshot = index.WithMeaning(dense, dense is null ? OnDemandSentenceVectors.For(retrieval, index.Corpus, _embedder) : null);

        // The snapshot this replaces is not disposed, nor its memory-mapped vectors: a request may still be
        // reading them. The garbage collector unmaps them once no request holds them (see DenseIndex).
        lock (_gate)
        {
            _result = result;
            _current = snapshot;
            _dense = null;
            _suspended = null;
            _health = new MeaningHealth(snapshot.SearchesByMeaning ? MeaningState.On : MeaningState.Off);
        }

        return snapshot;
    });

    private DenseIndex MakeDense(PassageIndex index, IProgress<EmbeddingProgress>? progress)
    {
        var dense = _denseStore.LoadOrBuild(index, _embedder!, _options.Value.CachePath, progress, _stopping.Token);
        lock (_gate)
        {
            // Every passage has vectors now: the on-demand ones are not used any more (a request that took them
            // just before keeps its snapshot). A snapshot of another load is left alone.
            if (_suspended is { } suspended && ReferenceEquals(suspended.Corpus, index.Corpus))
            {
                _suspended = suspended.WithMeaning(dense, null);
            }
            else if (_current is { } current && ReferenceEquals(current.Corpus, index.Corpus))
            {
                _current = current.WithMeaning(dense, null);
                _health = new MeaningHealth(MeaningState.On);
            }
        }

        return dense;
    }

    private async Task RetryMeaningAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(MeaningRetryFirst, _time, cancellationToken).ConfigureAwait(false);
            await _meaningRetry.ExecuteAsync(
                token =>
                {
                    _embedder!.Embed(["Were journalists detained?"], token);
                    return ValueTask.CompletedTask;
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        lock (_gate)
        {
            if (_suspended is { } suspended && _current is { } current && ReferenceEquals(current.Corpus, suspended.Corpus))
            {
                _current = suspended;
            }

            _suspended = null;
            _health = new MeaningHealth(_current?.SearchesByMeaning == true ? MeaningState.On : MeaningState.Off);
        }

        LogMeaningRestored(_logger);
    }

    // The sentence model takes about 0.35 s to load (from the cached quantized file), and in hybrid and rerank
    // modes the first question needs it: load it while the index loads rather than after. A model that fails to
    // load fails again on that question, which then answers from words and reports it. Under Auto without
    // reranking, only a small corpus needs the model, which is not known yet: it loads on the first question.
    private void LoadModelMeanwhile()
    {
        var options = _retrieval.Value;
        if (_embedder is not { } embedder || options.Dense == DenseMode.Off || (options.Dense == DenseMode.Auto && options.RerankDepth <= 0))
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

    /// <summary>Stops embedding passages and retrying the model when the process shuts down.</summary>
    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search by meaning failed ({Error}: {Reason}); answering from words alone, trying the model again in {Delay}")]
    private static partial void LogMeaningFailed(ILogger logger, string error, string reason, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search by meaning restored: the sentence model runs again")]
    private static partial void LogMeaningRestored(ILogger logger);
}
