using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Retrieval;

public class TermPruningTests
{
    // Every term adds at most its weight (factors of 1): five rare terms of 1.0 and two common ones of 0.1 each, for
    // cosine and BM25 alike. The guesses: best cosine and BM25 at 0.25 and 0.3 of the 5.2 in all, k-th score 0.55.
    [Fact]
    public void Choose_CommonTermsAddingLittle_LeavesThemOutMostPostingsFirst()
    {
        QueryWeight[] query = [new(0, 1, 1), new(1, 0.1f, 0.1f), new(2, 1, 1), new(3, 1, 1), new(4, 0.1f, 0.1f), new(5, 1, 1), new(6, 1, 1)];
        int[] postings = [10, 90_000, 20, 30, 50_000, 5, 7];

        var chosen = TermPruning.Default.Choose(query, postings, _ => (1f, 1f), 0.15f, 0.85f);

        Assert.NotNull(chosen);
        Assert.Equal([false, true, false, false, true, false, false], chosen.Value.Skipped);
        Assert.Equal(0.2f, chosen.Value.CosineBound, 4); // both terms' bounds, raised a little for rounding
        Assert.True(chosen.Value.Bm25Bound >= 0.2f);
    }

    [Theory]
    [InlineData(1023)] // too few postings to be worth it
    [InlineData(90_000)]
    public void Choose_NothingWorthLeavingOut_Null(int commonPostings)
    {
        // With 90,000 postings the common term adds as much as the rare one: leaving it out would rarely hold.
        QueryWeight[] query = [new(0, 1, 1), new(1, commonPostings < 1024 ? 0.01f : 1, 1)];

        Assert.Null(TermPruning.Default.Choose(query, [10, commonPostings], _ => (1f, 1f), 0.15f, 0.85f));
    }

    [Fact]
    public void Choose_MaxFactorsScaleTheBounds()
    {
        QueryWeight[] query = [new(0, 1, 1), new(1, 1, 1), new(2, 1, 1), new(3, 1, 1), new(4, 1, 1)];
        int[] postings = [10, 20, 30, 40, 100_000];

        // Term 4 adds at most 0.05 of its weight: 0.05 against 4.05 in all.
        var chosen = TermPruning.Default.Choose(query, postings, t => t == 4 ? (0.05f, 0.05f) : (1f, 1f), 0.15f, 0.85f);

        Assert.Equal([false, false, false, false, true], chosen!.Value.Skipped);
        Assert.Equal(0.05f, chosen.Value.Bm25Bound, 4);
    }
}
