using RightsBot.Core.Corpus;

namespace RightsBot.Core.Retrieval;

/// <summary>A retrieved passage: its TF-IDF cosine with the question and its blended rank score.</summary>
internal sealed record ScoredPassage(Passage Passage, Report Report, double Score)
{
    /// <summary>The blended score the ranking used (lexical signals, and dense similarity when on).</summary>
    public double Fused { get; init; }

    /// <summary>Sentence-embedding similarity with the question; null in lexical mode.</summary>
    public double? Dense { get; init; }
}
