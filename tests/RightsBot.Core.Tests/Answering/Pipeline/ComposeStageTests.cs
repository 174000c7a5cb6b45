using RightsBot.Core.Conversation;
using Microsoft.Extensions.Options;
using RightsBot.Core.Answering;
using RightsBot.Core.Answering.Pipeline;
using RightsBot.Core.Retrieval;
using RightsBot.Core.Tests.Retrieval;

namespace RightsBot.Core.Tests.Answering.Pipeline;

public sealed class ComposeStageTests : CorpusTests
{
    public ComposeStageTests()
        : base(DenseTestCorpus.CapitalReport)
    {
    }

    [Fact]
    public void Run_CountryTheCorpusLacks_SaysSoWithWhatTheReportsCover()
    {
        var answer = Compose(StageRunner.Run(Index, "Were journalists harassed in France?", null, null, null, 3, new CoverageOptions()));

        Assert.Equal(AnswerStatus.NotCovered, answer.Status);
        Assert.Equal("I have no report for France.", answer.Text);
        Assert.StartsWith("I answer from the U.S. State Department's human rights reports: Testland (2020).", answer.Hint, StringComparison.Ordinal);
        Assert.Empty(answer.Sources);
    }

    [Fact]
    public void Run_NotCovered_PlainMessageAndNoPassageText()
    {
        var context = StageRunner.Run(Index, "xylophone quartet tickets", null, null, null, 3, new CoverageOptions());

        var answer = Compose(context);

        Assert.Equal(AnswerStatus.NotCovered, answer.Status);
        Assert.Equal(BotTexts.English["not-covered"], answer.Text);
        Assert.Empty(answer.Sources);
        Assert.DoesNotContain("parliament", answer.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Covered_TopKSourcesNumberedAndCitedThoughMorePassagesWereRanked()
    {
        var context = StageRunner.Run(Index, "Did the police detain protesters in the capital?", null, null, null, 10, new CoverageOptions());
        Assert.True(context.Outcome!.Hits.Count > 2);

        var answer = Compose(context, topK: 2);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.InRange(answer.Sources.Count, 1, 2);
        Assert.Equal(Enumerable.Range(1, answer.Sources.Count), answer.Sources.Select(s => s.Rank));
        Assert.Contains("The police detained protesters in the capital. [1]", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_TrailingSourcesFarWeakerThanTheBest_Dropped()
    {
        var context = StageRunner.Run(Index, "Did the police detain protesters in the capital?", null, null, null, 3, new CoverageOptions());
        var r = Index.Retriever;
        context.Outcome = context.Outcome! with { Hits = [r.Hit(0, 0.5, 1.0), r.Hit(1, 0.4, 0.5), r.Hit(2, 0.1, 0.39)] };

        var answer = Compose(context);

        Assert.Equal(2, answer.Sources.Count);
    }

    private static Answer Compose(QuestionContext context, int topK = 3)
    {
        new ComposeStage(Options.Create(new RetrievalOptions { TopK = topK }), Options.Create(new CoverageOptions()), Options.Create(new AnswerOptions())).Run(context);
        return context.Answer!;
    }
}
