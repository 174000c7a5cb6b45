using RightsBot.Core.Answering;
using RightsBot.Discord.FollowUps;
using RightsBot.Discord.Tests.TestSupport;

namespace RightsBot.Discord.Tests.FollowUps;

public sealed class DiscordReaskPlannerTests
{
    private static readonly IReadOnlyList<ReportInfo> Reports =
    [
        new("Brazil", 2016, "Brazil 2016", 10),
        new("Kazakhstan", 2016, "Kazakhstan 2016", 10),
        new("Kazakhstan", 2022, "Kazakhstan 2022", 10),
        new("Kazakhstan", 2023, "Kazakhstan 2023", 10),
        new("Kazakhstan", 2024, "Kazakhstan 2024", 10),
        new("Uzbekistan", 2019, "Uzbekistan 2019", 10),
    ];

    [Fact]
    public void Plan_AnswerForAYear_OffersTheCountrysOtherYearsNewestFirst()
    {
        var plan = DiscordReaskPlanner.Plan(TestAnswers.KazakhstanTorture, ephemeral: true, Reports)!.Value;

        Assert.Equal(new DiscordReask(TestAnswers.TortureQuestion, "Kazakhstan", true), plan.Reask);
        Assert.Equal([2024, 2023, 2022], plan.Years);
        Assert.True(plan.LatestEnabled);
    }

    [Fact]
    public void Plan_AnswerWithoutAYear_LeavesOutTheYearThatAnsweredAndLatestDoesNothing()
    {
        var answer = TestAnswers.KazakhstanFor(new Question("torture complaints", "Kazakhstan"));

        var plan = DiscordReaskPlanner.Plan(answer, ephemeral: false, Reports)!.Value;

        Assert.Equal([2023, 2022, 2016], plan.Years);
        Assert.False(plan.LatestEnabled);
    }

    [Fact]
    public void Plan_Comparison_OffersEveryYearAndTheLatest()
    {
        var plan = DiscordReaskPlanner.Plan(TestAnswers.KazakhstanComparison, ephemeral: false, Reports)!.Value;

        Assert.Equal("torture complaints", plan.Reask.Topic);
        Assert.Equal([2024, 2023, 2022, 2016], plan.Years);
        Assert.True(plan.LatestEnabled);
    }

    [Fact]
    public void Plan_QuestionAcrossAllReports_PinsTheBestSourcesCountry()
    {
        var answer = TestAnswers.KazakhstanTorture with { Scope = new AnswerScope(null, null, "torture complaints") };

        var plan = DiscordReaskPlanner.Plan(answer, ephemeral: false, Reports)!.Value;

        Assert.Equal("Kazakhstan", plan.Reask.Country);
        Assert.Equal([2024, 2023, 2022], plan.Years);
        Assert.True(plan.LatestEnabled);
    }

    [Theory]
    [InlineData("kazakhstan, UZBEKISTAN", "Kazakhstan,Uzbekistan")]
    [InlineData("Kazakhstan,Atlantis", "Kazakhstan")]
    public void Plan_CountriesAsTyped_BecomeTheCorpussNames(string scoped, string expected)
    {
        var answer = TestAnswers.KazakhstanTorture with { Scope = new AnswerScope(scoped, 2016, "torture complaints") };

        var plan = DiscordReaskPlanner.Plan(answer, ephemeral: false, Reports)!.Value;

        Assert.Equal(expected, plan.Reask.Country);
    }

    [Fact]
    public void Plan_ManyYears_TheNewest25()
    {
        var reports = Enumerable.Range(1990, 40).Select(y => new ReportInfo("Kazakhstan", y, "t", 1)).ToList();

        var plan = DiscordReaskPlanner.Plan(TestAnswers.KazakhstanTorture, ephemeral: false, reports)!.Value;

        Assert.Equal(25, plan.Years.Count);
        Assert.Equal(2029, plan.Years[0]);
        Assert.DoesNotContain(2016, plan.Years);
    }

    [Fact]
    public void Plan_RejectedUnscopedOrUnknownCountry_Null()
    {
        Assert.Null(DiscordReaskPlanner.Plan(new Answer(AnswerStatus.Rejected, "Please ask a question.", []), false, Reports));
        Assert.Null(DiscordReaskPlanner.Plan(TestAnswers.KazakhstanTorture with { Scope = null }, false, Reports));
        Assert.Null(DiscordReaskPlanner.Plan(TestAnswers.NotCovered with { Scope = new AnswerScope(null, null, "weather on Mars") }, false, Reports));
        Assert.Null(DiscordReaskPlanner.Plan(TestAnswers.KazakhstanTorture, false, [new ReportInfo("Brazil", 2016, "t", 1)]));
    }
}
