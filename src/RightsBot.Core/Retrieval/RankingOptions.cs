using System.ComponentModel.DataAnnotations;

namespace RightsBot.Core.Retrieval;

/// <summary>
/// How passages are ranked: the blend of the lexical signals and of meaning. Read from the "Retrieval" section,
/// like <see cref="RetrievalOptions"/>. The defaults were measured on the eval sets (docs/experiments.md).
/// </summary>
public sealed class RankingOptions
{
    /// <summary>Share of BM25 in the blended lexical score; the rest is the ML.NET TF-IDF cosine.</summary>
    [Range(0.0, 1.0)]
    public double Bm25Weight { get; set; } = 0.85;

    /// <summary>Weight of everyday-word synonyms ("cops" → police) relative to the user's own words.</summary>
    [Range(0.0, 1.0)]
    public double SynonymWeight { get; set; } = 0.7;

    /// <summary>Weight of spelling corrections ("legaly" → legal) relative to the user's own words.</summary>
    [Range(0.0, 1.0)]
    public double SpellingWeight { get; set; } = 0.8;

    /// <summary>Weight of a word pair ("death penalty") relative to a single word of the question.</summary>
    [Range(0.0, 10.0)]
    public double BigramWeight { get; set; } = 1.0;

    /// <summary>BM25's term-frequency saturation (k1): how much a word repeated in a passage still adds.</summary>
    [Range(0.0, 10.0)]
    public double Bm25K1 { get; set; } = 1.2;

    /// <summary>BM25's length normalisation (b): 0 ignores passage length, 1 scales fully by it.</summary>
    [Range(0.0, 1.0)]
    public double Bm25B { get; set; } = 0.75;

    /// <summary>Share of the embedding similarity in the hybrid and rerank score; the rest is the lexical score.</summary>
    [Range(0.0, 1.0)]
    public double DenseWeight { get; set; } = 0.75;

    /// <summary>
    /// <see cref="DenseWeight"/> for a question the glossary translated (Russian, Kazakh): the sentence model then
    /// reads a row of English words, not a sentence, and its similarity says less.
    /// </summary>
    [Range(0.0, 1.0)]
    public double GlossaryDenseWeight { get; set; } = 0.6;

    /// <summary>The lexical signals in the form the index scores with.</summary>
    internal RetrievalSignals ToSignals() => new(
        CosineWeight: (float)(1 - Bm25Weight),
        Bm25Weight: (float)Bm25Weight,
        SynonymWeight: (float)SynonymWeight,
        SpellingWeight: (float)SpellingWeight,
        BigramWeight: (float)BigramWeight,
        K1: (float)Bm25K1,
        B: (float)Bm25B);
}
