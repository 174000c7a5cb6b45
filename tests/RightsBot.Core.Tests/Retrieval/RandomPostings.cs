using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Retrieval;

/// <summary>
/// Random indexes for the scoring tests: passages of 1–12 terms, each with tf 1–4, as ML.NET's tf × ln(N / df)
/// vectors; low term numbers are common, high ones rare, as in text.
/// </summary>
internal static class RandomPostings
{
    public const float K1 = 1.2f;
    public const float B = 0.75f;

    public static (InvertedIndex Index, SparseVector[] Vectors, int[] Lengths, float[] Idf) Index(int seed, int passages, int terms)
    {
        var random = new Random(seed);
        var counts = Enumerable.Range(0, passages)
            .Select(_ => Enumerable.Range(0, random.Next(1, 13)).Select(_ => (int)Math.Pow(terms, random.NextDouble())).Distinct().Order()
                .ToDictionary(t => t, _ => random.Next(1, 5)))
            .ToArray();
        var df = new int[terms];
        foreach (var t in counts.SelectMany(c => c.Keys))
        {
            df[t]++;
        }

        var idf = df.Select(d => d == 0 ? 0f : (float)Math.Log(passages / (double)d)).ToArray();
        var vectors = counts.Select(c => new SparseVector([.. c.Keys], [.. c.Select(kv => kv.Value * idf[kv.Key])])).ToArray();
        var lengths = counts.Select(c => c.Values.Sum()).ToArray();
        var vocabulary = new TermVocabulary([.. Enumerable.Range(0, terms).Select(t => "t" + t)], df, passages);
        return (InvertedIndex.Build(vectors, vocabulary, lengths, K1, B), vectors, lengths, idf);
    }

    /// <summary>1–7 distinct terms; a third of them count for BM25 only, as synonyms do.</summary>
    public static QueryWeight[] Query(Random random, int terms)
        => [.. Enumerable.Range(0, random.Next(1, 8)).Select(_ => random.Next(terms)).Distinct()
            .Select(t => new QueryWeight(t, random.Next(3) == 0 ? 0 : random.NextSingle(), random.NextSingle() + 0.1f))];
}
