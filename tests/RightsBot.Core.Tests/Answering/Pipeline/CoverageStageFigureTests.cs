using RightsBot.Core.Tests.Retrieval;
using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Answering.Pipeline;

// The coverage stage's figure check: a question asking for a number is not covered by passages that give none.
public sealed class CoverageStageFigureTests() : CorpusTests(Report)
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
    [InlineData("how many percent political parties electoral commission register", false)] // "сколько процентов", translated
    public void Retrieve_QuestionAsksForANumber_CoveredOnlyWhenTheTopPassagesGiveOne(string question, bool covered)
    {
        var outcome = StageRunner.Retrieve(Index, question, null, null, null, 3, new CoverageOptions(), lexicalOnly: true);

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
        Index = Index.WithMeaning(DenseIndex.Build(new FakeTextEmbedder(), DenseTestCorpus.PassageTexts(Index)), null);

        var hybrid = StageRunner.Retrieve(Index, question, null, null, null, 3, new CoverageOptions { MinSimilarity = 0 });
        var lexical = StageRunner.Retrieve(Index, question, null, null, null, 3, new CoverageOptions { MinScore = 0, MinCoverage = 0 }, lexicalOnly: true);

        Assert.StartsWith("Strikes by miners", hybrid.Hits[0].Passage.Text, StringComparison.Ordinal);
        Assert.Equal(covered, hybrid.Covered);
        Assert.True(lexical.Covered, "by words, a number anywhere in the passage counts");
    }

    // Two questions in one: the sentence closest to the whole answers the first part, which asks for no number;
    // the part that asks "how many" is tried on its own and finds its count.
    [Fact]
    public void Retrieve_Hybrid_TheCountedPartOfATwoPartQuestionIsTriedOnItsOwn()
    {
        const string question = "Did strikes by miners spread across the north, and how many miners joined them in the winter?";
        Index = Index.WithMeaning(DenseIndex.Build(new FakeTextEmbedder(), DenseTestCorpus.PassageTexts(Index)), null);

        var outcome = StageRunner.Retrieve(Index, question, null, null, null, 3, new CoverageOptions { MinSimilarity = 0 });

        Assert.StartsWith("Strikes by miners", outcome.Hits[0].Passage.Text, StringComparison.Ordinal);
        Assert.True(QuantityEvidence.Missing(Index.Retriever, outcome.Meaning, outcome.QueryVector, question, outcome.Hits, new CoverageOptions()), "the whole question's closest sentences give no number");
        Assert.False(outcome.NumberMissing);
        Assert.True(outcome.Covered);
    }

    [Theory]
    [InlineData("how many ppl got arrested during the unrest and did they shut down the internet", new[] { "how many ppl got arrested during the unrest", "did they shut down the internet" })]
    [InlineData("do news sites have to register? and is there a limit on how much foreign tv can air", new[] { "do news sites have to register", "and is there a limit on how much foreign tv can air" })]
    [InlineData("What share of the vote did he get, and how many people voted?", new[] { "What share of the vote did he get", "how many people voted?" })]
    [InlineData("How many journalists and activists were detained?", new[] { "How many journalists and activists were detained?" })]
    public void QuestionParts_SplitsWhereAnotherQuestionStarts(string question, string[] parts)
        => Assert.Equal(parts, QuantityEvidence.QuestionParts(question));
}
