namespace RightsBot.Core.Retrieval;

/// <summary>One term of a query as the index scores it, its weights already multiplied by the term's idf.</summary>
/// <param name="Term">Vocabulary id.</param>
/// <param name="CosineWeight">The query's TF-IDF value × idf (0 for a term only BM25 counts).</param>
/// <param name="Bm25Weight">The term's weight in the question × BM25's idf.</param>
internal readonly record struct QueryWeight(int Term, float CosineWeight, float Bm25Weight);
