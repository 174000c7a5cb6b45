using System.ComponentModel.DataAnnotations;

namespace RightsBot.Core.Retrieval;

/// <summary>
/// Configuration section "Retrieval", the search itself: how many sources an answer lists and whether passages
/// are searched by meaning (hybrid, rerank or lexical mode). <see cref="RankingOptions"/> and
/// <see cref="CoverageOptions"/> read the same section.
/// </summary>
public sealed class RetrievalOptions
{
    public const string SectionName = "Retrieval";

    /// <summary>How many sources an answer lists.</summary>
    [Range(1, 10)]
    public int TopK { get; set; } = 3;

    /// <summary>Whether sentence-embedding similarity joins the lexical signals (docs/retrieval.md, "Search modes").</summary>
    public DenseMode Dense { get; set; } = DenseMode.Auto;

    /// <summary>In <see cref="DenseMode.Auto"/>, the largest corpus (in passages) that gets embedded without being asked.</summary>
    [Range(0, int.MaxValue)]
    public int DenseMaxPassages { get; set; } = 20_000;

    /// <summary>Whether the embedding model runs with 8-bit weight matrices (default, faster) or as published.</summary>
    public DensePrecision DensePrecision { get; set; } = DensePrecision.Quantized;

    /// <summary>
    /// While the corpus has no passage embeddings (not made yet, or too large for <see cref="DenseMaxPassages"/>),
    /// the lexical search's best this-many passages are embedded on demand and reranked by meaning; 0 turns this off.
    /// </summary>
    [Range(0, 1000)]
    public int RerankDepth { get; set; } = 20;

    /// <summary>How many passages' on-demand sentence vectors are kept in memory (about 5 KB each).</summary>
    [Range(1, 10_000_000)]
    public int RerankCachePassages { get; set; } = 10_000;

    /// <summary>
    /// Hybrid mode: the largest scope (in passages) in which every passage is scored by meaning; a larger one (a
    /// question naming no country, over every report) scores only its best <see cref="HybridCandidates"/> by words.
    /// </summary>
    [Range(0, int.MaxValue)]
    public int HybridScanPassages { get; set; } = 20_000;

    /// <summary>Hybrid mode, scope above <see cref="HybridScanPassages"/>: how many of the best passages by words are scored by meaning.</summary>
    [Range(1, 1_000_000)]
    public int HybridCandidates { get; set; } = 5_000;
}
