namespace RightsBot.Core.Retrieval;

/// <summary>How the lexical signals are blended; defaults measured on the eval sets (see README).</summary>
internal sealed record RetrievalSignals(
    float CosineWeight = (float)(1 - RetrievalSignals.DefaultBm25Weight),
    float Bm25Weight = (float)RetrievalSignals.DefaultBm25Weight,
    float SynonymWeight = (float)RetrievalSignals.DefaultSynonymWeight,
    float SpellingWeight = (float)RetrievalSignals.DefaultSpellingWeight,
    float BigramWeight = 1.0f,
    float K1 = 1.2f,
    float B = 0.75f)
{
    // The defaults that RetrievalOptions exposes as settings; kept here once.
    public const double DefaultBm25Weight = 0.85;
    public const double DefaultSynonymWeight = 0.7;
    public const double DefaultSpellingWeight = 0.8;

    public static RetrievalSignals Default { get; } = new();
}
