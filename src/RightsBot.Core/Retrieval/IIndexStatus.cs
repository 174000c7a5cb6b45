namespace RightsBot.Core.Retrieval;

/// <summary>Whether the index is ready, for health checks and start-up warm-up.</summary>
public interface IIndexStatus
{
    /// <summary>True once the index is loaded and answering.</summary>
    bool IsReady { get; }

    /// <summary>Counts and timing once ready, else null.</summary>
    IndexBuildResult? Result { get; }

    /// <summary>Loads the index now (at start-up); throws when the corpus cannot be loaded.</summary>
    Task<IndexBuildResult> WarmUpAsync(CancellationToken cancellationToken = default);
}
