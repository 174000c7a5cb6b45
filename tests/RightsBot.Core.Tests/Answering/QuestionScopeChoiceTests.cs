using RightsBot.Core.Answering;
using RightsBot.Core.Conversation;

namespace RightsBot.Core.Tests.Answering;

/// <summary>A chat's chosen country and year, passages to skip, and the scope an answer reports.</summary>
public class QuestionScopeChoiceTests(AnswererFixture fixture) : IClassFixture<AnswererFixture>
{
    [Fact]
    public async Task AnswerAsync_DefaultCountry_UsedWhenTheQuestionNamesNone()
    {
        var answer = await fixture.Answerer.AnswerAsync(new Question("Were journalists detained?") { DefaultCountry = "Nigeria" });

        Assert.True(answer.Answered);
        Assert.All(answer.Sources, s => Assert.Equal("Nigeria 2016", s.Report));
        Assert.Equal("Nigeria", answer.Scope!.Country);
        Assert.True(answer.Scope.ByChosenCountry);
    }

    [Fact]
    public async Task AnswerAsync_ChosenCountryNamedInTheQuestionToo_IsNotSaidToBeTheChoice()
    {
        var answer = await fixture.Answerer.AnswerAsync(new Question("Were journalists detained in Nigeria?") { DefaultCountry = "Nigeria" });

        Assert.Equal("Nigeria", answer.Scope!.Country);
        Assert.False(answer.Scope.ByChosenCountry);
    }

    [Fact]
    public async Task AnswerAsync_DefaultCountry_GivesWayToANamedOne()
    {
        var answer = await fixture.Answerer.AnswerAsync(new Question("Were journalists detained in Uzbekistan?") { DefaultCountry = "Nigeria" });

        Assert.All(answer.Sources, s => Assert.Equal("Uzbekistan 2019", s.Report));
        Assert.False(answer.Scope!.ByChosenCountry);
    }

    [Fact]
    public async Task AnswerAsync_DefaultYear_OfTheChosenCountry_ChoosesThatReport()
    {
        var chosen = await fixture.Answerer.AnswerAsync(new Question("Is torture used?") { DefaultCountry = "Kazakhstan", DefaultYear = 2016 });
        var named = await fixture.Answerer.AnswerAsync(new Question("Is torture used in 2023?") { DefaultCountry = "Kazakhstan", DefaultYear = 2016 });

        Assert.All(chosen.Sources, s => Assert.Equal("Kazakhstan 2016", s.Report));
        Assert.Equal(2016, chosen.Scope!.Year);
        Assert.All(named.Sources, s => Assert.Equal("Kazakhstan 2023", s.Report));
    }

    [Fact]
    public async Task AnswerAsync_Exclude_GivesOtherPassages_ThenSaysThereIsNoMore()
    {
        var question = new Question("What does the law say about torture?", "Kazakhstan", 2016);
        var first = await fixture.Answerer.AnswerAsync(question);
        var shown = first.Sources.Select(s => s.PassageId).ToList();
        var next = await fixture.Answerer.AnswerAsync(question with { Exclude = shown });

        Assert.True(next.Answered);
        Assert.DoesNotContain(next.Sources, s => shown.Contains(s.PassageId));

    }

    [Fact]
    public async Task AnswerAsync_ExcludeAgainAndAgain_EndsWithNothingMore()
    {
        var question = new Question("How many torture complaints did the prosecutor general register?", "Kazakhstan", 2016);
        var shown = new List<string>();
        Answer answer;
        var rounds = 0;
        do
        {
            answer = await fixture.Answerer.AnswerAsync(question with { Exclude = [.. shown] });
            Assert.DoesNotContain(answer.Sources, s => shown.Contains(s.PassageId));
            shown.AddRange(answer.Sources.Select(s => s.PassageId));
        }
        while (answer.Answered && ++rounds < 50);

        Assert.Equal(AnswerStatus.NotCovered, answer.Status);
        Assert.Equal(BotTexts.English.NothingMore, answer.Text);
        Assert.Equal(RefusalReason.NothingMore, answer.Refusal);
        Assert.InRange(rounds, 1, 49);
    }

    [Fact]
    public async Task AnswerAsync_Scope_IsTheQuestionWithoutItsScopeWords()
    {
        var answer = await fixture.Answerer.AnswerAsync(new Question("Is torture used in Kazakhstan's 2016 report?"));

        Assert.Equal("Kazakhstan", answer.Scope!.Country);
        Assert.Equal(2016, answer.Scope.Year);
        Assert.DoesNotContain("Kazakhstan", answer.Scope.Topic, StringComparison.Ordinal);
        Assert.Contains("torture", answer.Scope.Topic, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Does the law prohibit torture in  ?", "Does the law prohibit torture?")]
    [InlineData("is torture used in   's ", "is torture used")]
    [InlineData("torture -  did it get any better?", "torture - did it get any better?")]
    [InlineData("  ?  ", "?")]
    public void TidyTopic_LeftoversOfScopeWords_GoAway(string topic, string tidy)
        => Assert.Equal(tidy, RightsBot.Core.Answering.Pipeline.AnsweringPipeline.TidyTopic(topic));

    [Theory]
    [InlineData("Kyrgyzstan", "Kyrgyz Republic")]
    [InlineData("kazakhstan", "Kazakhstan")]
    [InlineData("  Uzbekistan ", "Uzbekistan")]
    [InlineData("France", null)]
    [InlineData("", null)]
    public async Task FindCountryAsync_AnotherName_GivesTheReportsName(string typed, string? country)
        => Assert.Equal(country, await fixture.Answerer.FindCountryAsync(typed));
}
