using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Retrieval;

public class CandidateBufferTests
{
    // Counts around the vector width, signals from a few values (ties), passages in random order.
    [Theory]
    [InlineData(1, 0, 5)]
    [InlineData(2, 7, 3)]
    [InlineData(3, 33, 13)]
    [InlineData(4, 1000, 13)]
    [InlineData(5, 5000, 1)]
    [InlineData(6, 5000, 200)]
    [InlineData(7, 17, 40)]
    public void SelectInto_RandomCandidates_EqualsAFullSortCutToK(int seed, int n, int k)
    {
        var random = new Random(seed);
        var buffer = new CandidateBuffer(n);
        var passages = Enumerable.Range(0, n).OrderBy(_ => random.Next()).ToArray();
        foreach (var p in passages)
        {
            buffer.Add(p, random.Next(6) / 5f * 0.4f, random.Next(30) * 0.7f);
        }

        var blend = new LexicalBlend(0.15f, 0.85f, buffer.MaxCosine, buffer.MaxBm25);
        var all = new List<LexicalCandidate>();
        var top = new TopCandidates(k);

        buffer.SelectInto(top, blend);
        buffer.DrainInto(all, blend);

        Assert.Equal(passages, all.Select(c => c.Passage)); // in the order they came
        Assert.Equal(all.OrderByDescending(c => c.Score).ThenBy(c => c.Passage).Take(k), top.TakeBestFirst());
        Assert.Equal(0, buffer.Count);
    }

    [Fact]
    public void Add_KeepsTheBestOfEachSignal()
    {
        var buffer = new CandidateBuffer(3);
        buffer.Add(4, 0.2f, 9f);
        buffer.Add(9, 0.5f, 3f);

        Assert.Equal((2, 0.5f, 9f), (buffer.Count, buffer.MaxCosine, buffer.MaxBm25));
    }
}
