using RightsBot.Core.Tests.Retrieval;
using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Answering.Pipeline;

// Rerank mode: with no passage vectors (not made yet, or a corpus too large to embed), the lexical search's best
// passages get sentence vectors on demand and are reranked by meaning.
public sealed class RankStageRerankTests : CorpusTests
{
    private const string PoliceTwice = "Police detained protesters in the capital, and the police beat them.";
    private const string LandPassage = "Officials confiscated farmland from villagers near the police station.";

    // Shares "police" with both passages (twice with the first); in meaning it is the land passage.
    private const string Question = "Did the police seize rural plots?";

    private const string Report =
        DenseTestCorpus.TestlandHeader + PoliceTwice + "\n\n" + LandPassage + "\n\n" +
        "Courts were slow to hear appeals.\n\nJournalists faced harassment.\n";

    private readonly FakeTextEmbedder _embedder = new();

    public RankStageRerankTests()
        : base(Report)
        => Index = Index.WithMeaning(null, new OnDemandSentenceVectors(_embedder, Index.Corpus, capacityPassages: 100));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Index.OnDemand?.Dispose();
        }

        base.Dispose(disposing);
    }

    [Fact]
    public void Retrieve_Rerank_PutsTheCandidateClosestInMeaningFirst()
    {
        var lexical = Retrieve(Question, lexicalOnly: true);
        var reranked = Retrieve(Question);

        Assert.Equal(PoliceTwice, lexical.Hits[0].Passage.Text);
        Assert.Equal(LandPassage, reranked.Hits[0].Passage.Text);
        Assert.True(reranked.Covered);
        Assert.NotNull(reranked.Hits[0].Dense);
        Assert.Same(Index.OnDemand, reranked.Meaning);
        Assert.NotNull(reranked.QueryVector);
    }

    [Fact]
    public void Retrieve_Rerank_EmbedsOnlyTheLexicalCandidatesAndRemembersThem()
    {
        Retrieve(Question);
        var first = _embedder.Texts;
        Retrieve(Question);
        var second = _embedder.Texts.Skip(first.Count).ToList();

        // The two passages that share a word with the question, and the question; never the other two.
        Assert.Contains(first, t => t.Contains("confiscated", StringComparison.Ordinal));
        Assert.Contains(first, t => t.Contains("beat them", StringComparison.Ordinal));
        Assert.DoesNotContain(first, t => t.Contains("appeals", StringComparison.Ordinal) || t.Contains("Journalists", StringComparison.Ordinal));
        Assert.Equal([Question], second);
    }

    [Fact]
    public void Retrieve_RerankSharedWordOtherMeaning_NotCovered()
    {
        const string question = "Did journalists sell tanks abroad?";

        Assert.True(Retrieve(question, lexicalOnly: true).Covered, "the word rule lets it through");
        var reranked = Retrieve(question);
        Assert.False(reranked.Covered, $"best similarity {reranked.Hits[0].Dense}");
    }

    [Fact]
    public void Retrieve_FullVectorsPresent_UsesThemNotTheOnDemandOnes()
    {
        Index = Index.WithMeaning(DenseIndex.Build(_embedder, DenseTestCorpus.PassageTexts(Index)), null);
        var before = _embedder.Texts.Count;

        var outcome = Retrieve(Question);

        Assert.Same(Index.Dense, outcome.Meaning);
        Assert.Equal(LandPassage, outcome.Hits[0].Passage.Text);
        Assert.Equal(before + 1, _embedder.Texts.Count);
    }

    [Fact]
    public void Retrieve_ModelFailsOnPassages_AnswersFromWordsAndReportsTheFailure()
    {
        Index = Index.WithMeaning(null, new OnDemandSentenceVectors(new FailsOnPassages(_embedder), Index.Corpus, 100));

        var outcome = Retrieve(Question);

        Assert.NotNull(outcome.DenseFailure);
        Assert.Null(outcome.Meaning);
        Assert.Null(outcome.QueryVector);
        Assert.Equal(PoliceTwice, outcome.Hits[0].Passage.Text);
    }

    [Fact]
    public void Retrieve_NationalityWordInTheQuestion_EmbedsItWithAndWithoutTheWordAndAverages()
    {
        using var folder = new TempFolder();
        var index = DenseTestCorpus.BuildIndex(folder, Report.Replace("Testland", "Ukraine", StringComparison.Ordinal));
        index = index.WithMeaning(null, new OnDemandSentenceVectors(_embedder, index.Corpus, 100));

        var outcome = StageRunner.Retrieve(index, "Did the Ukrainian police seize rural plots?", null, null, null, 3, new CoverageOptions());

        float[] with = _embedder.Vector("Did the Ukrainian police seize rural plots?"), without = _embedder.Vector("Did the police seize rural plots?");
        var mean = with.Zip(without, (a, b) => a + b).ToArray();
        var norm = MathF.Sqrt(mean.Sum(x => x * x));
        Assert.Equal("Ukraine", outcome.Scope.Country);
        Assert.NotNull(outcome.QueryVector);
        Assert.Equal(mean.Select(x => x / norm), outcome.QueryVector, (a, b) => Math.Abs(a - b) < 1e-6);
        Assert.Contains(_embedder.Texts, t => string.Join(' ', t.Split(' ', StringSplitOptions.RemoveEmptyEntries)) == "Did the police seize rural plots?");
    }

    [Fact]
    public void SentenceSimilarities_OnDemand_MatchTheFullIndexOnes()
    {
        var onDemand = Index.OnDemand!;
        var full = DenseIndex.Build(_embedder, DenseTestCorpus.PassageTexts(Index));
        var query = _embedder.Vector(Question);
        var p = Index.Corpus.Passages.Select((x, i) => (x, i)).Single(x => x.x.Text == LandPassage).i;

        // The full index keeps its vectors in 8 bits, the on-demand ones in 32: equal to about a hundredth.
        Assert.Equal(full.SentenceSimilarities(query, p, LandPassage), onDemand.SentenceSimilarities(query, p, LandPassage), (a, b) => a.Sentence == b.Sentence && Math.Abs(a.Similarity - b.Similarity) < 0.01);
        Assert.Equal(full.Similarity(query, p), onDemand.Similarities(query, [p])[0], 0.01);
        Assert.Throws<ArgumentException>(() => onDemand.SentenceSimilarities(query, p, PoliceTwice));
    }

    [Fact]
    public void Similarities_CapacityOfOne_StillRightForEveryPassage()
    {
        using var small = new OnDemandSentenceVectors(_embedder, Index.Corpus, capacityPassages: 1);
        var full = DenseIndex.Build(_embedder, DenseTestCorpus.PassageTexts(Index));
        var query = _embedder.Vector(Question);
        int[] all = [.. Enumerable.Range(0, Index.Corpus.Passages.Count)];

        for (var round = 0; round < 2; round++)
        {
            Assert.Equal(all.Select(p => full.Similarity(query, p)), small.Similarities(query, all), (a, b) => Math.Abs(a - b) < 0.01);
        }
    }

    [Theory]
    [InlineData(DenseMode.Auto, 20, true, true)]
    [InlineData(DenseMode.On, 20, true, true)]
    [InlineData(DenseMode.Off, 20, true, false)]
    [InlineData(DenseMode.Auto, 0, true, false)]
    [InlineData(DenseMode.Auto, 20, false, false)]
    public void For_FollowsModeDepthAndModel(DenseMode mode, int depth, bool haveModel, bool wanted)
    {
        using var vectors = OnDemandSentenceVectors.For(new RetrievalOptions { Dense = mode, RerankDepth = depth }, Index.Corpus, haveModel ? _embedder : null);

        Assert.Equal(wanted, vectors is not null);
    }

    private RetrievalOutcome Retrieve(string question, bool lexicalOnly = false)
        => StageRunner.Retrieve(Index, question, null, null, null, 3, new CoverageOptions(), lexicalOnly);

    // Embeds a question, fails on anything longer (as a model whose session broke mid-way would).
    private sealed class FailsOnPassages(FakeTextEmbedder inner) : ITextEmbedder
    {
        public string ModelId => inner.ModelId;

        public int Dimensions => inner.Dimensions;

        public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
            => texts.Count == 1 && texts[0] == Question ? inner.Embed(texts, cancellationToken) : throw new InvalidOperationException("session broke");
    }
}
