namespace RightsBot.Core.Retrieval;

/// <summary>How the index blends its lexical signals: <see cref="RankingOptions"/> in the form the index scores with.</summary>
internal sealed record RetrievalSignals(float CosineWeight, float Bm25Weight, float SynonymWeight, float SpellingWeight, float BigramWeight, float K1, float B)
{
    /// <summary>The defaults of <see cref="RankingOptions"/>.</summary>
    public static RetrievalSignals Default { get; } = new RankingOptions().ToSignals();
}
