namespace RightsBot.Core.Retrieval;

/// <summary>
/// A sentence-embedding model for dense retrieval: maps texts to L2-normalised vectors whose dot product
/// measures how close their meanings are.
/// </summary>
public interface ITextEmbedder
{
    /// <summary>Names the model and its settings; cached vectors are reused only for the same id.</summary>
    string ModelId { get; }

    /// <summary>Length of every vector.</summary>
    int Dimensions { get; }

    /// <summary>One L2-normalised vector per text, in order. Safe to call from several threads.</summary>
    float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default);

    /// <summary>
    /// Loads the model now rather than on the first <see cref="Embed"/> (at start-up, in the background, so that
    /// the first question does not wait for it). Does nothing for a model that needs no loading.
    /// </summary>
    void Load()
    {
    }
}
