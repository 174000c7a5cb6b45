using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Retrieval;

// PassageSearch's answer-type check: a question asking for a number is not covered by passages that give none.
public sealed class PassageSearchNumberTests() : OneReportTests(Report)
{
    private const string Report =
        DenseTestCorpus.TestlandHeader +
        "Police detained protesters at rallies in the capital and held protesters without charge.\n\n" +
        "Prison guards beat prisoners in the northern prison, according to prisoners' relatives.\n\n" +
        "Section 2. Liberty\n\nThe electoral commission registered 42 political parties before the election.\n";

    [Theory]
    [InlineData("Did police detain protesters at rallies?", true)]
    [InlineData("How many protesters did police detain at rallies?", false)]
    [InlineData("What share of protesters did police detain at rallies?", false)]
    [InlineData("How many political parties did the electoral commission register?", true)]
    public void Retrieve_QuestionAsksForANumber_CoveredOnlyWhenTheTopPassagesGiveOne(string question, bool covered)
    {
        var outcome = PassageSearch.Retrieve(Index, question, null, null, null, 3, new RetrievalOptions(), lexicalOnly: true);

        Assert.NotEmpty(outcome.Hits);
        Assert.Equal(covered, outcome.Covered);
    }
}
