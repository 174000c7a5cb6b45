using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Retrieval;

public class TopCandidatesTests
{
    // Scores drawn from a handful of values, so that ties are common and their order is tested too.
    [Theory]
    [InlineData(1, 0, 1)]
    [InlineData(2, 5, 3)]
    [InlineData(3, 200, 13)]
    [InlineData(4, 1000, 1)]
    [InlineData(5, 1000, 20)]
    [InlineData(6, 50, 200)]
    [InlineData(7, 3000, 1000)]
    [InlineData(8, 10, 0)]
    public void TakeBestFirst_RandomOffers_EqualsAFullSortCutToK(int seed, int n, int k)
    {
        var random = new Random(seed);
        var candidates = Enumerable.Range(0, n)
            .Select(p => new LexicalCandidate(p, random.NextSingle(), random.NextSingle(), random.Next(12) / 11f))
            .OrderBy(_ => random.Next())
            .ToList();
        var top = new TopCandidates(k);

        foreach (var c in candidates)
        {
            top.Offer(c);
        }

        var expected = candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Passage).Take(k).ToArray();
        Assert.Equal(expected, top.TakeBestFirst());
        Assert.Equal(0, top.Count);
    }

    [Fact]
    public void Threshold_UntilKAreKept_IsMinusInfinityThenTheWorstKeptScore()
    {
        var top = new TopCandidates(2);
        top.Offer(new LexicalCandidate(4, 0, 0, 0.5f));
        Assert.Equal(float.NegativeInfinity, top.Threshold);

        top.Offer(new LexicalCandidate(7, 0, 0, 0.25f));
        Assert.Equal(0.25f, top.Threshold);

        top.Offer(new LexicalCandidate(1, 0, 0, 0.25f)); // the same score, an earlier passage: it wins the tie
        Assert.Equal([4, 1], top.TakeBestFirst().Select(c => c.Passage));
    }

    [Fact]
    public void Offer_KZero_KeepsNothing()
    {
        var top = new TopCandidates(0);
        top.Offer(new LexicalCandidate(0, 1, 1, 1));

        Assert.Empty(top.TakeBestFirst());
        Assert.Equal(float.NegativeInfinity, top.Threshold);
    }
}
