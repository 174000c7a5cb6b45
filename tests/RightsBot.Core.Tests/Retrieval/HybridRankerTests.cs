using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Retrieval;

public sealed class HybridRankerTests : CorpusTests
{
    private const float DenseWeight = 0.75f;
    private readonly FakeTextEmbedder _embedder = new();
    private readonly DenseIndex _dense;

    public HybridRankerTests() => _dense = DenseIndex.Build(_embedder, DenseTestCorpus.PassageTexts(Index));

    [Fact]
    public void Rank_ParaphraseSharingNoWord_RanksThatPassageFirst()
    {
        var question = DenseTestCorpus.LandQuestion;
        Assert.Empty(Words(question).Intersect(Words(DenseTestCorpus.LandPassage)));
        var lexical = Index.Retriever.Search(question, 3);
        Assert.NotEmpty(lexical);
        Assert.NotEqual(DenseTestCorpus.LandPassage, lexical[0].Passage.Text); // words alone rank another passage first

        var hits = Rank(question, reportIndices: null, k: 3);

        var first = hits[0];
        Assert.Equal(DenseTestCorpus.LandPassage, first.Passage.Text);
        Assert.Equal("Testland", first.Report.Country);
        Assert.Equal(hits.Max(h => h.Dense), first.Dense);
        Assert.Equal(0, first.Score); // no lexical evidence: the meaning alone brought it in
    }

    [Fact]
    public void Rank_ReportScope_NoHitFromOutsideIt()
    {
        var testland = DenseTestCorpus.ReportIndex(Index, "Testland");
        var unscoped = Rank("Were rural plots seized?", reportIndices: null, k: 20);
        Assert.Contains(unscoped, h => h.Report.Country == "Otherland"); // the scope has something to exclude

        var scoped = Rank("Were rural plots seized?", [testland], k: 20);

        Assert.NotEmpty(scoped);
        Assert.All(scoped, h => Assert.Equal("Testland", h.Report.Country));
        Assert.Equal(DenseTestCorpus.LandPassage, scoped[0].Passage.Text);
    }

    [Fact]
    public void Rank_ScopeOfTheOtherReport_FindsItsOwnParaphrase()
    {
        var otherland = DenseTestCorpus.ReportIndex(Index, "Otherland");

        var scoped = Rank("Were rural plots seized?", [otherland], k: 3);

        Assert.Equal(DenseTestCorpus.OtherLandPassage, scoped[0].Passage.Text);
        Assert.All(scoped, h => Assert.Equal("Otherland", h.Report.Country));
    }

    [Theory]
    [InlineData("Were rural plots seized by the army?")]
    [InlineData("Were prisoners who were sick treated?")]
    [InlineData("prison conditions")]
    [InlineData("xylophone quartet")]
    public void Rank_AnyQuestion_HitsBestFirstEachWithItsSimilarity(string question)
    {
        var hits = Rank(question, reportIndices: null, k: 5);

        Assert.NotEmpty(hits);
        var query = _embedder.Vector(question);
        Assert.All(hits, h => Assert.Equal(_dense.Similarity(query, Index.Corpus.IndexOf(h.Passage.Id)), h.Dense!.Value, 5));
        var fused = hits.Select(h => h.Fused).ToList();
        Assert.Equal(fused.OrderDescending(), fused);
    }

    [Fact]
    public void Rank_KSmallerThanCandidates_ReturnsK()
    {
        var hits = Rank("Were rural plots seized?", reportIndices: null, k: 2);

        Assert.Equal(2, hits.Count);
    }

    private IReadOnlyList<ScoredPassage> Rank(string question, IReadOnlyList<int>? reportIndices, int k)
        => HybridRanker.Rank(Index.Retriever, _dense, Index.Retriever.AnalyzeQuery(question), _dense.Embedder.Embed([question])[0], reportIndices, k, DenseWeight);

    private static HashSet<string> Words(string text)
        => [.. text.ToLowerInvariant().Split([' ', '.', '?'], StringSplitOptions.RemoveEmptyEntries)];
}
