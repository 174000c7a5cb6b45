using Microsoft.Extensions.Options;
using RightsBot.Core.Corpus;

namespace RightsBot.Core.Retrieval;

/// <summary>Builds (or loads) the index once, on first use or at start-up, and shares it.</summary>
internal sealed class PassageIndexProvider(PassageIndexBuilder builder, IOptions<CorpusOptions> options, IOptions<RetrievalOptions> retrieval)
{
    private readonly Lazy<Task<(PassageIndex Index, IndexBuildResult Result)>> _index = new(
        () => Task.Run(() =>
        {
            var loaded = builder.LoadOrBuild(options.Value.Path, options.Value.CachePath);
            loaded.Index.Retriever.Signals = retrieval.Value.ToSignals();
            return loaded;
        }),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>True once the index is loaded and answering.</summary>
    public bool IsReady => _index.IsValueCreated && _index.Value.IsCompletedSuccessfully;

    /// <summary>The build result once ready, else null.</summary>
    public IndexBuildResult? Result => IsReady ? _index.Value.Result.Result : null;

    public async Task<PassageIndex> GetAsync(CancellationToken cancellationToken = default)
        => (await _index.Value.WaitAsync(cancellationToken).ConfigureAwait(false)).Index;

    /// <summary>Loads the index now; throws <see cref="CorpusFormatException"/> when the corpus is empty.</summary>
    public async Task<IndexBuildResult> WarmUpAsync(CancellationToken cancellationToken = default)
        => (await _index.Value.WaitAsync(cancellationToken).ConfigureAwait(false)).Result;
}
