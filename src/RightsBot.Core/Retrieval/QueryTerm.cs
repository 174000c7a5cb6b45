namespace RightsBot.Core.Retrieval;

/// <summary>One analysed term of a question: its vocabulary id (or -1), and how much it counts.</summary>
/// <param name="Term">The analysed term ("tortur", or a bigram "tortur|complaint").</param>
/// <param name="Id">Vocabulary id, -1 when the corpus never uses it.</param>
/// <param name="Weight">1 for the user's own words, less for synonyms and spelling corrections.</param>
/// <param name="IsBigram">True for a two-word term.</param>
internal readonly record struct QueryTerm(string Term, int Id, float Weight, bool IsBigram);
