using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Retrieval;

public class InvertedIndexTests
{
    private const float K1 = 1.2f;
    private const float B = 0.75f;
    private const float CosineWeight = 0.15f;
    private const float Bm25Weight = 0.85f;

    [Theory]
    [InlineData(1, 1, false)]
    [InlineData(2, 3, false)]
    [InlineData(3, 13, true)]
    [InlineData(4, 40, false)]
    [InlineData(5, 500, true)]
    [InlineData(6, 5000, false)]
    public void Top_RandomIndex_EqualsEveryCandidateSortedCutToK(int seed, int k, bool ranged)
    {
        var (index, _, _) = RandomIndex(seed, passages: 3000, terms: 60);
        var random = new Random(seed);
        IReadOnlyList<(int Start, int End)>? ranges = ranged ? [(0, 0), (100, 900), (1500, 1501), (2200, 3000)] : null;

        for (var q = 0; q < 20; q++)
        {
            var query = RandomQuery(random, 60);
            var all = new List<LexicalCandidate>();
            index.Candidates(query, ranges, CosineWeight, Bm25Weight, all);

            var top = index.Top(query, ranges, k, CosineWeight, Bm25Weight);

            Assert.Equal(all.OrderByDescending(c => c.Score).ThenBy(c => c.Passage).Take(k), top);
            Assert.All(all, c => Assert.True(ranges is null || ranges.Any(r => c.Passage >= r.Start && c.Passage < r.End)));
        }
    }

    [Fact]
    public void Candidates_RandomIndex_CosineOfTheVectorsAndBm25OfTheTerms()
    {
        var (index, vectors, lengths) = RandomIndex(7, passages: 400, terms: 30);
        var vocabularyIdf = Idf(vectors, 30);
        var average = lengths.Average();
        var query = new SparseVector([2, 5, 11, 29], [0.4f, 0.5f, 0.6f, 0.48f]);
        var weights = query.Indices.Select((t, i) => new QueryWeight(t, query.Values[i] * vocabularyIdf[t], 0.7f)).ToArray();

        var all = new List<LexicalCandidate>();
        index.Candidates(weights, null, CosineWeight, Bm25Weight, all);

        Assert.Equal(vectors.Select((v, p) => (v, p)).Where(x => x.v.Indices.Intersect(query.Indices).Any()).Select(x => x.p), all.Select(c => c.Passage));
        foreach (var c in all)
        {
            var v = vectors[c.Passage];
            var norm = Math.Sqrt(v.Values.Sum(x => (double)x * x));
            Assert.Equal(SparseVector.Dot(query, v) / norm, c.Cosine, 5);
            var k = K1 * (1 - B + (B * lengths[c.Passage] / average));
            var bm25 = v.Indices.Select((t, i) => (t, tf: Math.Round(v.Values[i] / vocabularyIdf[t])))
                .Where(x => query.Indices.Contains(x.t)).Sum(x => 0.7 * x.tf / (x.tf + k));
            Assert.Equal(bm25, c.Bm25, 4);
        }

        // Each signal scaled by its best among the candidates, then blended.
        var (maxCosine, maxBm25) = (all.Max(c => c.Cosine), all.Max(c => c.Bm25));
        Assert.All(all, c => Assert.Equal((CosineWeight * c.Cosine / maxCosine) + (Bm25Weight * c.Bm25 / maxBm25), c.Score, 6));
    }

    // Passages with 1–12 random terms of tf 1–4 each, as ML.NET's tf × ln(N / df) vectors.
    private static (InvertedIndex Index, SparseVector[] Vectors, int[] Lengths) RandomIndex(int seed, int passages, int terms)
    {
        var random = new Random(seed);
        var counts = Enumerable.Range(0, passages)
            .Select(_ => Enumerable.Range(0, random.Next(1, 13)).Select(_ => (int)Math.Pow(terms, random.NextDouble())).Distinct().Order()
                .ToDictionary(t => t, _ => random.Next(1, 5)))
            .ToArray();
        var df = new int[terms];
        foreach (var c in counts)
        {
            foreach (var t in c.Keys)
            {
                df[t]++;
            }
        }

        var idf = df.Select(d => d == 0 ? 0f : (float)Math.Log(passages / (double)d)).ToArray();
        var vectors = counts.Select(c => new SparseVector([.. c.Keys], [.. c.Select(kv => kv.Value * idf[kv.Key])])).ToArray();
        var lengths = counts.Select(c => c.Values.Sum()).ToArray();
        var vocabulary = new TermVocabulary([.. Enumerable.Range(0, terms).Select(t => "t" + t)], df, passages);
        return (InvertedIndex.Build(vectors, vocabulary, lengths, K1, B), vectors, lengths);
    }

    private static float[] Idf(SparseVector[] vectors, int terms)
    {
        var df = new int[terms];
        foreach (var t in vectors.SelectMany(v => v.Indices))
        {
            df[t]++;
        }

        return [.. df.Select(d => d == 0 ? 0f : (float)Math.Log(vectors.Length / (double)d))];
    }

    private static QueryWeight[] RandomQuery(Random random, int terms)
        => [.. Enumerable.Range(0, random.Next(1, 8)).Select(_ => random.Next(terms)).Distinct()
            .Select(t => new QueryWeight(t, random.Next(3) == 0 ? 0 : random.NextSingle(), random.NextSingle() + 0.1f))];
}
