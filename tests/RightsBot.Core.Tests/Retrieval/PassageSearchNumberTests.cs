using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Retrieval;

// PassageSearch's answer-type check: a question asking for a number is not covered by passages that give none.
public sealed class PassageSearchNumberTests() : CorpusTests(Report)
{
    private const string Report =
        DenseTestCorpus.TestlandHeader +
        "Police detained protesters at rallies in the capital and held protesters without charge.\n\n" +
        "Prison guards beat prisoners in the northern prison, according to prisoners' relatives.\n\n" +
        "Section 2. Liberty\n\nThe electoral commission registered 42 political parties before the election.\n\n" +
        "The minimum wage rose on March 1, 2020. Employers paid the minimum wage late in rural villages.\n\n" +
        "Section 3. Work\n\nStrikes by miners spread across the north. Eleven thousand miners joined them in the winter.\n";

    [Theory]
    [InlineData("Did police detain protesters at rallies?", true)]
    [InlineData("How many protesters did police detain at rallies?", false)]
    [InlineData("What share of protesters did police detain at rallies?", false)]
    [InlineData("How many political parties did the electoral commission register?", true)]
    [InlineData("What was the monthly minimum wage paid by employers?", false)]
    [InlineData("What share of political parties did the electoral commission register?", false)] // a count is no share
    public void Retrieve_QuestionAsksForANumber_CoveredOnlyWhenTheTopPassagesGiveOne(string question, bool covered)
    {
        var outcome = PassageSearch.Retrieve(Index, question, null, null, null, 3, new RetrievalOptions(), lexicalOnly: true);

        Assert.NotEmpty(outcome.Hits);
        Assert.Equal(covered, outcome.Covered);
    }

    // With sentence vectors the number must be in a sentence that answers: the strike passage's closest sentence
    // to this question says nothing about how many; its other sentence has a count, about something else.
    [Theory]
    [InlineData("How many strikes by miners spread across the north?", false)]
    [InlineData("How many miners joined the strikes in the winter?", true)]
    public void Retrieve_Hybrid_TheNumberMustBeInASentenceCloseToTheQuestion(string question, bool covered)
    {
        Index.Dense = DenseIndex.Build(new FakeTextEmbedder(), DenseTestCorpus.PassageTexts(Index));

        var hybrid = PassageSearch.Retrieve(Index, question, null, null, null, 3, new RetrievalOptions { MinSimilarity = 0 });
        var lexical = PassageSearch.Retrieve(Index, question, null, null, null, 3, new RetrievalOptions { MinScore = 0, MinCoverage = 0 }, lexicalOnly: true);

        Assert.StartsWith("Strikes by miners", hybrid.Hits[0].Passage.Text, StringComparison.Ordinal);
        Assert.Equal(covered, hybrid.Covered);
        Assert.True(lexical.Covered, "by words, a number anywhere in the passage counts");
    }
}
