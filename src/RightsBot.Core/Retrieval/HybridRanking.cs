namespace RightsBot.Core.Retrieval;

/// <summary>The fused ranking, and how clearly the best passage by meaning stands out from the rest.</summary>
/// <param name="Hits">Best first; each carries its embedding similarity.</param>
/// <param name="DenseMargin">Similarity of the best passage by meaning minus that of the fifth best.</param>
internal sealed record HybridRanking(IReadOnlyList<ScoredPassage> Hits, double DenseMargin);
