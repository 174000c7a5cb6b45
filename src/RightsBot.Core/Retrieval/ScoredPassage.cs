using RightsBot.Core.Corpus;

namespace RightsBot.Core.Retrieval;

/// <summary>A retrieved passage: its TF-IDF cosine with the question and its blended rank score.</summary>
internal sealed record ScoredPassage(Passage Passage, Report Report, double Score)
{
    /// <summary>The blended score the ranking used (cosine and BM25, each scaled by its best in the candidates).</summary>
    public double Fused { get; init; }
}
