namespace RightsBot.Core.Retrieval;

/// <summary>A passage that shares a term with the question, with its lexical signals.</summary>
/// <param name="Passage">Index into the corpus's passages.</param>
/// <param name="Cosine">ML.NET TF-IDF cosine with the question.</param>
/// <param name="Bm25">BM25 score.</param>
/// <param name="Score">Cosine and BM25 each scaled by their best among the candidates, then blended (at most 1).</param>
internal readonly record struct LexicalCandidate(int Passage, float Cosine, float Bm25, float Score);
