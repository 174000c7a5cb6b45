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

    /// <summary>True once answers use passage embeddings as well as words (hybrid mode).</summary>
    bool DenseReady { get; }

    /// <summary>Whether answers search by meaning now, or the sentence model failed and waits to be retried.</summary>
    MeaningHealth Meaning { get; }

    /// <summary>
    /// Loads or makes the passage embeddings when the options ask for hybrid mode (the first time, this takes
    /// about 25 ms a passage on 2 cores; the vectors are cached on disk). Returns false in lexical mode.
    /// </summary>
    Task<bool> PrepareDenseAsync(IProgress<double>? progress = null, CancellationToken cancellationToken = default);
}
