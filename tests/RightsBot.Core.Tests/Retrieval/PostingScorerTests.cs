using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Retrieval;

public class PostingScorerTests
{
    private const float CosineWeight = 0.15f;
    private const float Bm25Weight = 0.85f;

    // Leaves out every term it can: the search must then find out that it may not, and score the rest.
    private static readonly TermPruning Greedy = new() { MinPostings = 1, BestCosineShare = 1, BestBm25Share = 1, KthScore = 100 };

    private static readonly TermPruning Moderate = new() { MinPostings = 1 };

    // Between the two: right for some queries, wrong for others.
    private static readonly TermPruning Bold = new() { MinPostings = 1, BestCosineShare = 0.6f, BestBm25Share = 0.6f, KthScore = 0.9f };

    public static TheoryData<int, int, bool, string> Cases => new()
    {
        { 1, 1, false, "default" }, { 2, 3, false, "moderate" }, { 3, 13, true, "greedy" }, { 4, 40, false, "greedy" },
        { 5, 500, true, "moderate" }, { 6, 5000, false, "default" }, { 7, 13, false, "moderate" }, { 8, 3, true, "moderate" },
        { 9, 13, false, "greedy" }, { 10, 13, false, "bold" }, { 12, 7, true, "bold" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Top_RandomIndex_EqualsEveryCandidateSortedCutToK(int seed, int k, bool ranged, string pruning)
    {
        var (index, _, _, _) = RandomPostings.Index(seed, passages: 3000, terms: 60);
        var scorer = new PostingScorer(index);
        var random = new Random(seed);
        IReadOnlyList<(int Start, int End)>? ranges = ranged ? [(0, 0), (100, 900), (1500, 1501), (2200, 3000)] : null;
        var chosen = pruning switch { "greedy" => Greedy, "moderate" => Moderate, "bold" => Bold, _ => TermPruning.Default };

        for (var q = 0; q < 40; q++)
        {
            var query = RandomPostings.Query(random, 60);
            var all = new List<LexicalCandidate>();
            scorer.Candidates(query, ranges, CosineWeight, Bm25Weight, all);

            var top = scorer.Top(query, ranges, k, CosineWeight, Bm25Weight, chosen);

            Assert.Equal(all.OrderByDescending(c => c.Score).ThenBy(c => c.Passage).Take(k), top);
            Assert.All(all, c => Assert.True(ranges is null || ranges.Any(r => c.Passage >= r.Start && c.Passage < r.End)));
        }
    }

    // Not exact (hybrid mode's pre-filter): when k passages hold a term kept, the passages holding only terms left
    // out are not scored. What it gives is still k real candidates, best first, with their exact scores.
    [Theory]
    [InlineData(13, 13, 1)] // some queries leave out a passage the exact search keeps
    [InlineData(14, 200, 0)]
    public void Top_NotExact_KCandidatesWithExactScoresBestFirst(int seed, int k, int minDiffering)
    {
        var (index, _, _, _) = RandomPostings.Index(seed, passages: 3000, terms: 60);
        var scorer = new PostingScorer(index);
        var random = new Random(seed);
        var differed = 0;
        for (var q = 0; q < 100; q++)
        {
            var query = RandomPostings.Query(random, 60);
            var all = new List<LexicalCandidate>();
            scorer.Candidates(query, null, CosineWeight, Bm25Weight, all);
            var byPassage = all.ToDictionary(c => c.Passage);

            var top = scorer.Top(query, null, k, CosineWeight, Bm25Weight, Greedy, exact: false);

            Assert.Equal(Math.Min(k, all.Count), top.Length);
            Assert.All(top, c => Assert.Equal(byPassage[c.Passage], c));
            Assert.Equal(top.OrderByDescending(c => c.Score).ThenBy(c => c.Passage), top);
            differed += top.SequenceEqual(scorer.Top(query, null, k, CosineWeight, Bm25Weight, Greedy)) ? 0 : 1;
        }

        Assert.InRange(differed, minDiffering, 99);
    }

    // The random queries must reach both ends of a pruned search: the ranking without the passages that hold only
    // terms left out, and the one that has to score them after all.
    [Fact]
    public void Top_BoldPruning_RandomQueriesTakeBothWays()
    {
        var (index, _, _, _) = RandomPostings.Index(11, passages: 3000, terms: 60);
        var scorer = new PostingScorer(index);
        var random = new Random(11);
        int exact = 0, scoredAfterAll = 0;
        for (var q = 0; q < 200; q++)
        {
            var query = RandomPostings.Query(random, 60);
            var postings = query.Select(w => index.DocumentFrequency(w.Term)).ToArray();
            if (Bold.Choose(query, postings, index.MaxFactors, CosineWeight, Bm25Weight) is not { } chosen)
            {
                continue;
            }

            var all = new List<LexicalCandidate>();
            scorer.Candidates(query, null, CosineWeight, Bm25Weight, all);
            var kept = all.Where(c => query.Where((w, i) => !chosen.Skipped[i]).Any(w => index.Contains(w.Term, c.Passage))).ToList();
            var blend = new LexicalBlend(CosineWeight, Bm25Weight, kept.Max(c => c.Cosine), kept.Max(c => c.Bm25));
            var kth = kept.Select(c => c.Score).OrderDescending().Skip(9).FirstOrDefault(-1);
            var withoutThem = blend.MaxCosine >= chosen.CosineBound && blend.MaxBm25 >= chosen.Bm25Bound && blend.Score(chosen.CosineBound, chosen.Bm25Bound) < kth;
            (exact, scoredAfterAll) = withoutThem ? (exact + 1, scoredAfterAll) : (exact, scoredAfterAll + 1);

            Assert.Equal(all.OrderByDescending(c => c.Score).ThenBy(c => c.Passage).Take(10), scorer.Top(query, null, 10, CosineWeight, Bm25Weight, Bold));
        }

        Assert.True(exact > 0 && scoredAfterAll > 0, $"{exact} left out, {scoredAfterAll} scored after all");
    }

    [Fact]
    public void Candidates_RandomIndex_CosineOfTheVectorsAndBm25OfTheTerms()
    {
        var (index, vectors, lengths, idf) = RandomPostings.Index(7, passages: 400, terms: 30);
        var average = lengths.Average();
        var query = new SparseVector([2, 5, 11, 29], [0.4f, 0.5f, 0.6f, 0.48f]);
        var weights = query.Indices.Select((t, i) => new QueryWeight(t, query.Values[i] * idf[t], 0.7f)).ToArray();

        var all = new List<LexicalCandidate>();
        new PostingScorer(index).Candidates(weights, null, CosineWeight, Bm25Weight, all);

        Assert.Equal(vectors.Select((v, p) => (v, p)).Where(x => x.v.Indices.Intersect(query.Indices).Any()).Select(x => x.p), all.Select(c => c.Passage));
        foreach (var c in all)
        {
            var v = vectors[c.Passage];
            var norm = Math.Sqrt(v.Values.Sum(x => (double)x * x));
            Assert.Equal(SparseVector.Dot(query, v) / norm, c.Cosine, 5);
            var k = RandomPostings.K1 * (1 - RandomPostings.B + (RandomPostings.B * lengths[c.Passage] / average));
            var bm25 = v.Indices.Select((t, i) => (t, tf: Math.Round(v.Values[i] / idf[t])))
                .Where(x => query.Indices.Contains(x.t)).Sum(x => 0.7 * x.tf / (x.tf + k));
            Assert.Equal(bm25, c.Bm25, 4);
        }

        // Each signal scaled by its best among the candidates, then blended.
        var (maxCosine, maxBm25) = (all.Max(c => c.Cosine), all.Max(c => c.Bm25));
        Assert.All(all, c => Assert.Equal((CosineWeight * c.Cosine / maxCosine) + (Bm25Weight * c.Bm25 / maxBm25), c.Score, 6));
    }
}
