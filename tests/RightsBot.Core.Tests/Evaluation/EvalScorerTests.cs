using RightsBot.Core.Evaluation;

namespace RightsBot.Core.Tests.Evaluation;

public class EvalScorerTests
{
    [Theory]
    [InlineData(new[] { "nothing here", "The office registered 600 torture complaints on average per year." }, "600 torture complaints on average", 2)]
    [InlineData(new[] { "Prison conditions were generally harsh." }, "prison CONDITIONS  were", 1)]
    [InlineData(new[] { "Slekishina’s lawyer — a well-known attorney" }, "Slekishina's lawyer - a well-known", 1)]
    [InlineData(new[] { "He said “stop” loudly" }, "said \"stop\"", 1)]
    [InlineData(new[] { "abc", "def" }, "xyz", null)]
    public void FirstHitRank_NormalisedQuotes_FindsFirstHit(string[] ranked, string quote, int? expected)
        => Assert.Equal(expected, EvalScorer.FirstHitRank(ranked, [quote]));

    [Fact]
    public void FirstHitRank_SeveralQuotes_AnyCounts()
        => Assert.Equal(1, EvalScorer.FirstHitRank(["second quote is here"], ["first", "second quote"]));

    [Fact]
    public void RecallAndMrr_HandMadeRanks_MatchDefinitions()
    {
        int?[] ranks = [1, 2, 4, null, 11];

        Assert.Equal(0.2, EvalScorer.RecallAt(ranks, 1), 6);
        Assert.Equal(0.4, EvalScorer.RecallAt(ranks, 3), 6);
        Assert.Equal(0.6, EvalScorer.RecallAt(ranks, 5), 6);
        Assert.Equal((1 + 0.5 + 0.25 + 0 + 0) / 5, EvalScorer.MeanReciprocalRank(ranks), 6); // rank 11 is past the top 10
    }

    [Fact]
    public void Percentile_Samples_NearestRank()
    {
        double[] samples = [5, 1, 3, 2, 4, 6, 7, 8, 9, 10];
        Assert.Equal(5, EvalScorer.Percentile(samples, 0.5));
        Assert.Equal(10, EvalScorer.Percentile(samples, 0.95));
        Assert.Equal(0, EvalScorer.Percentile([], 0.5));
    }
}
