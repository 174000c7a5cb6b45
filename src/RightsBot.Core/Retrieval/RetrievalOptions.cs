using System.ComponentModel.DataAnnotations;

namespace RightsBot.Core.Retrieval;

/// <summary>Configuration section "Retrieval".</summary>
public sealed class RetrievalOptions
{
    public const string SectionName = "Retrieval";

    /// <summary>How many sources an answer lists.</summary>
    [Range(1, 10)]
    public int TopK { get; set; } = 3;

    /// <summary>
    /// Lexical mode's "not covered" threshold: below this TF-IDF cosine between the best passage and the words of
    /// the question that the reports in scope use, the reports are taken not to answer.
    /// </summary>
    [Range(0.0, 1.0)]
    public double MinScore { get; set; } = 0.06;

    /// <summary>
    /// The other half of "not covered": the share of the question's words (weighted by rarity) that the best
    /// passage must contain.
    /// </summary>
    [Range(0.0, 1.0)]
    public double MinCoverage { get; set; } = 0.12;

    /// <summary>Share of BM25 in the blended ranking score; the rest is the ML.NET TF-IDF cosine.</summary>
    [Range(0.0, 1.0)]
    public double Bm25Weight { get; set; } = RetrievalSignals.DefaultBm25Weight;

    /// <summary>Weight of everyday-word synonyms ("cops" → police) relative to the user's own words.</summary>
    [Range(0.0, 1.0)]
    public double SynonymWeight { get; set; } = RetrievalSignals.DefaultSynonymWeight;

    /// <summary>Weight of spelling corrections ("legaly" → legal) relative to the user's own words.</summary>
    [Range(0.0, 1.0)]
    public double SpellingWeight { get; set; } = RetrievalSignals.DefaultSpellingWeight;

    /// <summary>Whether sentence-embedding similarity joins the lexical signals (see README, Performance).</summary>
    public DenseMode Dense { get; set; } = DenseMode.Auto;

    /// <summary>In <see cref="DenseMode.Auto"/>, the largest corpus (in passages) that gets embedded without being asked.</summary>
    [Range(0, int.MaxValue)]
    public int DenseMaxPassages { get; set; } = 20_000;

    /// <summary>Whether the embedding model runs with 8-bit weight matrices (default, faster) or as published.</summary>
    public DensePrecision DensePrecision { get; set; } = DensePrecision.Quantized;

    /// <summary>Share of the embedding similarity in the hybrid ranking score; the rest is the lexical score.</summary>
    [Range(0.0, 1.0)]
    public double DenseWeight { get; set; } = 0.75;

    /// <summary>
    /// Hybrid mode's "not covered" threshold: the least similarity in meaning between the question and the
    /// closest sentence of the best passage. Lower answers more and refuses less. First chosen on
    /// tests/eval/multi-report.jsonl and calibration.jsonl as the highest value that wrongly refuses at most 2% of
    /// their answerable questions, in steps of 0.005, with the quantized model (0.445; the original model's value was
    /// 0.45); lowered to 0.44 once the sets written in phone-chat style showed that 0.445 wrongly refused 4 more of
    /// their 283 answerable questions for 1 more unanswerable one refused (every further step down costs more
    /// unanswerable questions than it saves). The lexical mode uses <see cref="MinScore"/> and <see cref="MinCoverage"/>.
    /// </summary>
    [Range(-1.0, 1.0)]
    public double MinSimilarity { get; set; } = 0.44;

    /// <summary>
    /// While the corpus has no passage embeddings (not made yet, or too large for <see cref="DenseMaxPassages"/>),
    /// the lexical search's best this-many passages are embedded on demand and reranked by meaning; 0 turns this off.
    /// </summary>
    [Range(0, 1000)]
    public int RerankDepth { get; set; } = 20;

    /// <summary>How many passages' on-demand sentence vectors are kept in memory (about 5 KB each).</summary>
    [Range(1, 10_000_000)]
    public int RerankCachePassages { get; set; } = 10_000;

    internal RetrievalSignals ToSignals() => RetrievalSignals.Default with
    {
        CosineWeight = (float)(1 - Bm25Weight),
        Bm25Weight = (float)Bm25Weight,
        SynonymWeight = (float)SynonymWeight,
        SpellingWeight = (float)SpellingWeight,
    };
}
