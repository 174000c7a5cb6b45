using RightsBot.Core.Retrieval;

namespace RightsBot.Embeddings.Tests;

/// <summary>Loaded MiniLM models shared by the tests of a class (loading takes about a second each).</summary>
public sealed class MiniLmEmbedderFixture : IDisposable
{
    /// <summary>The default: weights quantized to 8 bits.</summary>
    internal MiniLmTextEmbedder Embedder { get; } = new();

    /// <summary>The model as published.</summary>
    internal MiniLmTextEmbedder Original { get; } = new(DensePrecision.Original);

    public void Dispose()
    {
        Embedder.Dispose();
        Original.Dispose();
    }
}
