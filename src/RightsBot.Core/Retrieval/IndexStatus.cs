namespace RightsBot.Core.Retrieval;

internal sealed class IndexStatus(PassageIndexProvider provider) : IIndexStatus
{
    public bool IsReady => provider.IsReady;

    public IndexBuildResult? Result => provider.Result;

    public Task<IndexBuildResult> WarmUpAsync(CancellationToken cancellationToken = default) => provider.WarmUpAsync(cancellationToken);

    public bool DenseReady => provider.DenseReady;

    public MeaningHealth Meaning => provider.Meaning;

    public async Task<bool> PrepareDenseAsync(IProgress<double>? progress = null, CancellationToken cancellationToken = default)
        => await provider.EnsureDenseAsync(progress is null ? null : new FractionProgress(progress), cancellationToken: cancellationToken).ConfigureAwait(false) is not null;

    // Callers of the public interface see the share done; the counts stay inside (the index command shows them).
    private sealed class FractionProgress(IProgress<double> inner) : IProgress<EmbeddingProgress>
    {
        public void Report(EmbeddingProgress value) => inner.Report(value.Fraction);
    }
}
