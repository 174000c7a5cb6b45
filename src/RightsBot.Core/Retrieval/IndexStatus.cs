namespace RightsBot.Core.Retrieval;

internal sealed class IndexStatus(PassageIndexProvider provider) : IIndexStatus
{
    public bool IsReady => provider.IsReady;

    public IndexBuildResult? Result => provider.Result;

    public Task<IndexBuildResult> WarmUpAsync(CancellationToken cancellationToken = default) => provider.WarmUpAsync(cancellationToken);
}
