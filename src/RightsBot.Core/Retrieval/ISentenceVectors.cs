namespace RightsBot.Core.Retrieval;

/// <summary>Sentence vectors of passages, by whatever means they were made (all ahead of time, or on demand).</summary>
internal interface ISentenceVectors
{
    /// <summary>The passage's sentences (as <see cref="DenseIndex.Sentences"/> cuts them) with their similarity to the query.</summary>
    IReadOnlyList<(string Sentence, float Similarity)> SentenceSimilarities(ReadOnlySpan<float> query, int passage, string passageText);
}
