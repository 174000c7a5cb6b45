namespace RightsBot.Embeddings.Tests;

/// <summary>One loaded MiniLM model shared by the tests of a class (loading takes about half a second).</summary>
public sealed class MiniLmEmbedderFixture : IDisposable
{
    internal MiniLmTextEmbedder Embedder { get; } = new();

    public void Dispose() => Embedder.Dispose();
}
