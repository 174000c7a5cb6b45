using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Retrieval;

/// <summary>
/// Wraps a working embedder; once <see cref="Broken"/>, fails as a model whose native library cannot load would,
/// and counts those failed calls.
/// </summary>
internal sealed class BreakableEmbedder(ITextEmbedder inner) : ITextEmbedder
{
    private int _failedCalls;

    public bool Broken { get; set; }

    public int FailedCalls => Volatile.Read(ref _failedCalls);

    public string ModelId => inner.ModelId;

    public int Dimensions => inner.Dimensions;

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        if (Broken)
        {
            Interlocked.Increment(ref _failedCalls);
            throw new DllNotFoundException("onnxruntime");
        }

        return inner.Embed(texts, cancellationToken);
    }
}
