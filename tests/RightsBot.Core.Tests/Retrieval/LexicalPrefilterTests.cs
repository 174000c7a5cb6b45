using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Retrieval;

public class LexicalPrefilterTests
{
    [Theory]
    [InlineData(1000, 10, 1)]
    [InlineData(1000, 999, 2)]
    [InlineData(50, 100, 3)]
    [InlineData(5000, 300, 4)]
    public void Best_EqualsTheTopOfAFullSort(int count, int n, int seed)
    {
        var random = new Random(seed);
        // Few distinct scores, so that ties are common and their order (earlier passage first) is checked too.
        var candidates = Enumerable.Range(0, count).Select(p => new LexicalCandidate(p, 0, 0, random.Next(40) / 40f)).OrderBy(_ => random.Next()).ToList();
        var expected = candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Passage).Take(n).Select(c => c.Passage).Order();

        var best = LexicalPrefilter.Best([.. candidates], n);

        Assert.Equal(expected, best.Select(c => c.Passage).Order());
    }
}
