using Microsoft.Extensions.Options;
using RightsBot.Core.Answering;
using RightsBot.Core.Answering.Pipeline;
using RightsBot.Core.Corpus;
using RightsBot.Core.Tests.Retrieval;

namespace RightsBot.Core.Tests.Answering.Pipeline;

// Two reports: Testland 2020 and Otherland 2021.
public sealed class ScopeStageTests : CorpusTests
{
    [Fact]
    public void Run_CountryNamedInTheQuestion_ThatReportAndTheNameLeavesTheQuery()
    {
        var context = Run("Were rural plots seized in Otherland?");

        Assert.Null(context.Outcome);
        Assert.Equal("Otherland", context.Scope!.Country);
        Assert.Equal([DenseTestCorpus.ReportIndex(Index, "Otherland")], context.Scope.ReportIndices);
        Assert.DoesNotContain("Otherland", context.TopicText, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ExplicitFilter_WinsOverTheText()
    {
        var context = Run("Were rural plots seized in Otherland?", country: "Testland");

        Assert.Equal("Testland", context.Scope!.Country);
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("Otherland", "Otherland")]
    public void Run_NoCountryNamed_DefaultCountryOrEveryReport(string defaultCountry, string? country)
    {
        var context = Run("Were journalists harassed?", defaultCountry: defaultCountry);

        Assert.Equal(country, context.Scope!.Country);
        Assert.Equal("Were journalists harassed?", context.TopicText);
    }

    [Theory]
    [InlineData("Were journalists harassed in France?")]
    [InlineData("Were journalists harassed in Testland in 2021?")]
    public void Run_CountryOrYearTheCorpusLacks_DecidedHereNotCovered(string question)
    {
        var context = Run(question);

        Assert.NotNull(context.Outcome);
        Assert.False(context.Outcome.Covered);
        Assert.Empty(context.Outcome.Hits);
        Assert.False(string.IsNullOrWhiteSpace(context.Scope!.Unavailable));
    }

    private QuestionContext Run(string question, string? country = null, string defaultCountry = "")
    {
        var context = new QuestionContext(new AnswerRequest(new Question(question, country)), Index, 3) { SearchText = question };
        new ScopeStage(Options.Create(new CorpusOptions { Path = CorpusPath, DefaultCountry = defaultCountry })).Run(context);
        return context;
    }
}
