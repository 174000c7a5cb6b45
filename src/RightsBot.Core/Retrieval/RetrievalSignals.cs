namespace RightsBot.Core.Retrieval;

/// <summary>How the lexical signals are blended; defaults measured on the eval sets (see README).</summary>
internal sealed record RetrievalSignals(
    float CosineWeight = 0.15f,
    float Bm25Weight = 0.85f,
    float SynonymWeight = 0.7f,
    float SpellingWeight = 0.8f,
    float BigramWeight = 1.0f,
    float K1 = 1.2f,
    float B = 0.75f)
{
    public static RetrievalSignals Default { get; } = new();
}
