using RightsBot.Core.Tests.Retrieval;
using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Answering.Pipeline;

// The search stages in hybrid mode: ranking by meaning and words, and "covered" decided by how close in meaning
// the best passage's closest sentence is (CoverageOptions.MinSimilarity).
public sealed class SearchStagesHybridTests : CorpusTests
{
    private readonly FakeTextEmbedder _embedder = new();

    public SearchStagesHybridTests() => Index = Index.WithMeaning(DenseIndex.Build(_embedder, DenseTestCorpus.PassageTexts(Index)), null);

    [Fact]
    public void Retrieve_HybridParaphrase_FindsItAndCountsItCovered()
    {
        var outcome = Retrieve(DenseTestCorpus.LandQuestion);
        var lexical = Retrieve(DenseTestCorpus.LandQuestion, lexicalOnly: true);

        Assert.True(outcome.Covered);
        Assert.Equal(DenseTestCorpus.LandPassage, outcome.Hits[0].Passage.Text);
        Assert.NotEqual(DenseTestCorpus.LandPassage, lexical.Hits[0].Passage.Text);
        Assert.Null(lexical.Hits[0].Dense);
    }

    [Fact]
    public void Retrieve_HybridSharedWordOtherMeaning_NotCoveredThoughWordsAlonePass()
    {
        // "army" is in the reports, but nothing about tanks sold abroad.
        const string question = "Were army tanks sold abroad?";

        var hybrid = Retrieve(question);
        var lexical = Retrieve(question, lexicalOnly: true);

        Assert.True(lexical.Covered, "the word rule lets it through");
        Assert.False(hybrid.Covered, $"best similarity {hybrid.Hits[0].Dense}");
    }

    [Theory]
    [InlineData(DenseTestCorpus.LandQuestion, 0.45, true)]
    [InlineData(DenseTestCorpus.LandQuestion, 0.99, false)]
    [InlineData("xylophone quartet tickets", 0.45, false)]
    [InlineData("xylophone quartet tickets", -1.0, true)]
    public void Retrieve_Hybrid_CoveredWhenTheBestSimilarityReachesMinSimilarity(string question, double minSimilarity, bool covered)
    {
        var outcome = Retrieve(question, options: new CoverageOptions { MinSimilarity = minSimilarity });

        Assert.NotEmpty(outcome.Hits);
        Assert.Equal(covered, outcome.Covered);
        Assert.Equal(covered, outcome.Hits[0].Dense >= minSimilarity);
    }

    [Fact]
    public void Retrieve_ScopeAboveHybridScanPassages_ScoresTheBestByWordsByMeaning()
    {
        const string question = "Did officials confiscate farmland from villagers?";
        var full = Retrieve(question);
        var prefiltered = StageRunner.Retrieve(Index, question, null, null, null, 5, new CoverageOptions(), retrieval: new RetrievalOptions { HybridScanPassages = 0, HybridCandidates = 1 });

        Assert.Equal(DenseTestCorpus.LandPassage, prefiltered.Hits[0].Passage.Text);
        Assert.NotNull(prefiltered.Hits[0].Dense);
        Assert.Single(prefiltered.Hits);
        Assert.True(full.Hits.Count > 1);
    }

    [Fact]
    public void Retrieve_HybridCountryFilter_OnlyThatReport()
    {
        var outcome = StageRunner.Retrieve(Index, "Were rural plots seized?", "Otherland", null, null, 5, new CoverageOptions());

        Assert.Equal(DenseTestCorpus.OtherLandPassage, outcome.Hits[0].Passage.Text);
        Assert.All(outcome.Hits, h => Assert.Equal("Otherland", h.Report.Country));
    }

    [Fact]
    public void Retrieve_EmbedderFails_AnswersFromWordsAndReportsTheFailure()
    {
        var embedder = new BreakableEmbedder(_embedder);
        Index = Index.WithMeaning(DenseIndex.Build(embedder, DenseTestCorpus.PassageTexts(Index)), null);
        embedder.Broken = true;
        var lexical = Retrieve("Were prisoners sick?", lexicalOnly: true);

        var outcome = Retrieve("Were prisoners sick?");

        Assert.IsType<DllNotFoundException>(outcome.DenseFailure);
        Assert.NotNull(Index.Dense); // the snapshot is not changed: the provider swaps in one without vectors
        Assert.Equal(lexical.Hits.Select(h => h.Passage.Id), outcome.Hits.Select(h => h.Passage.Id));
        Assert.Equal(lexical.Covered, outcome.Covered);
    }

    private RetrievalOutcome Retrieve(string question, bool lexicalOnly = false, CoverageOptions? options = null)
        => StageRunner.Retrieve(Index, question, null, null, null, 3, options ?? new CoverageOptions(), lexicalOnly);
}
