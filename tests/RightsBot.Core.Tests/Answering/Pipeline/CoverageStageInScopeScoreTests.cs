using RightsBot.Core.Tests.Retrieval;
using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Answering.Pipeline;

// Lexical mode's closeness evidence leaves out the question's words that no report in scope uses: those count
// against the question in the coverage rule, and in the cosine they made it depend on the size of the corpus.
public sealed class CoverageStageInScopeScoreTests : CorpusTests
{
    [Fact]
    public void Retrieve_QuestionWordsUsedOnlyOutsideTheScope_ScoredWithoutThem()
    {
        // "peasants" and "expropriated" are Otherland's words; the question is limited to Testland.
        const string Question = "Were villagers' farmland and fields expropriated from peasants?";

        var scoped = StageRunner.Retrieve(Index, Question, "Testland", null, null, 3, Lexical(0));
        var bare = StageRunner.Retrieve(Index, "Was farmland confiscated from villagers?", "Testland", null, null, 3, Lexical(0));

        Assert.Equal(DenseTestCorpus.LandPassage, scoped.Hits[0].Passage.Text);
        var inScope = scoped.InScopeScore.GetValueOrDefault(-1);
        Assert.True(inScope > scoped.Hits[0].Score * 1.2, $"in scope {inScope}, whole question {scoped.Hits[0].Score}");
        Assert.Equal(bare.Hits[0].Score, bare.InScopeScore.GetValueOrDefault(-1), 6);

        // A threshold between the two: the question is answered on the words its scope knows.
        var between = (inScope + scoped.Hits[0].Score) / 2;
        Assert.True(StageRunner.Retrieve(Index, Question, "Testland", null, null, 3, Lexical(between)).Covered);
        Assert.False(StageRunner.Retrieve(Index, Question, "Testland", null, null, 3, Lexical(inScope + 0.01)).Covered);
    }

    [Fact]
    public void Retrieve_WholeCorpusInScope_InScopeScoreIsTheCosine()
    {
        var outcome = StageRunner.Retrieve(Index, "Were villagers' farmland and fields expropriated from peasants?", null, null, null, 3, Lexical(0));

        Assert.Equal(outcome.Hits[0].Score, outcome.InScopeScore.GetValueOrDefault(-1), 6);
    }

    [Fact]
    public void Retrieve_ByMeaning_NoInScopeScore()
    {
        Index = Index.WithMeaning(DenseIndex.Build(new FakeTextEmbedder(), DenseTestCorpus.PassageTexts(Index)), null);

        var outcome = StageRunner.Retrieve(Index, "Were villagers' farmland and fields expropriated from peasants?", "Testland", null, null, 3, new CoverageOptions());

        Assert.NotNull(outcome.Hits[0].Dense);
        Assert.Null(outcome.InScopeScore);
    }

    private static CoverageOptions Lexical(double minScore) => new() { MinScore = minScore, MinCoverage = 0 };
}
