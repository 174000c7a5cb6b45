using RightsBot.Core.Conversation;
using RightsBot.Core.Answering.Pipeline;
using RightsBot.Core.Retrieval;
using RightsBot.Core.Tests.Retrieval;

namespace RightsBot.Core.Tests.Answering.Pipeline;

// A question naming a country but no year is answered from the newest report that covers it.
public sealed class LatestFirstStageTests() : CorpusTests(new Dictionary<string, string>
{
    ["testland-2016.txt"] = Report(2016, ("Prison Conditions", Prisons2016), ("Freedom of Expression", Press2016)),
    ["testland-2023.txt"] = Report(2023, ("Prison Conditions", Prisons2023), ("Elections", "Voters chose a new parliament in March; observers noted few irregularities.")),
    ["testland-2024.txt"] = Report(2024, ("Freedom of Expression", Press2024), ("Elections", "The next presidential election is due in two years.")),
})
{
    private const string Prisons2016 = "Prisons were overcrowded and inmates lacked clean water, according to the ombudsman's visits to penal colonies.";
    private const string Press2016 = "Authorities jailed two journalists for articles criticizing the governor of the northern province.";
    private const string Prisons2023 = "Prisons were overcrowded and inmates lacked clean water, the ombudsman reported after visits to penal colonies.";
    private const string Press2024 = "Authorities jailed four journalists for articles criticizing the president's family.";

    [Fact]
    public void Run_NewestReportCovers_AnswersFromIt()
    {
        var outcome = Retrieve("Were journalists jailed in Testland?");

        Assert.True(outcome.Covered);
        Assert.Equal(Press2024, outcome.Hits[0].Passage.Text);
        Assert.Equal(new YearChoice(2024, 2024, true), outcome.Year);
        Assert.Null(outcome.Scope.Year);
    }

    [Fact]
    public void Run_NewestReportSilent_AnswersFromTheNewestThatCovers()
    {
        var outcome = Retrieve("Are Testland's prisons overcrowded, do inmates have clean water?");

        Assert.True(outcome.Covered);
        Assert.Equal(Prisons2023, outcome.Hits[0].Passage.Text);
        Assert.Equal(2023, outcome.Year!.Chosen);
        Assert.Equal(2024, outcome.Year.Newest);
        Assert.False(outcome.Year.NewestCovers);
    }

    [Fact]
    public void Run_LaterHitsComeFromOtherYears_AfterTheChosenYear()
    {
        var outcome = Retrieve("Are Testland's prisons overcrowded, do inmates have clean water?");

        Assert.Contains(outcome.Hits, h => h.Passage.Text == Prisons2016);
        Assert.True(outcome.Hits.ToList().FindIndex(h => h.Passage.Text == Prisons2016) > 0);
    }

    [Theory]
    [InlineData("Were journalists jailed in Testland in 2016?", 2016)]
    [InlineData("Were journalists jailed in Testland?", 2016, 2016)]
    public void Run_YearNamedOrChosen_NoLatestFirst(string question, int expectedYear, int? filterYear = null)
    {
        var outcome = Retrieve(question, filterYear);

        Assert.Null(outcome.Year);
        Assert.Equal(Press2016, outcome.Hits[0].Passage.Text);
        Assert.All(outcome.Hits, h => Assert.Equal(expectedYear, h.Report.Year));
    }

    [Theory]
    [InlineData("Are journalists in Testland currently jailed?")]
    [InlineData("are journalists still jailed in testland now")]
    [InlineData("Recent jailing of journalists in Testland?")]
    public void Run_NowCurrentlyStillRecent_MeanNoYear(string question)
        => Assert.Equal(2024, Retrieve(question).Year?.Chosen);

    [Fact]
    public void Run_NoCountry_NoYearChoice()
        => Assert.Null(Retrieve("Were journalists jailed?").Year);

    [Fact]
    public void Run_NotCoveredInAnyYear_StaysNotCovered()
    {
        var outcome = Retrieve("How many tractors did Testland's farms export?");

        Assert.False(outcome.Covered);
        Assert.Null(outcome.Year);
    }

    [Theory]
    [InlineData(2024, 2024, true, "In the 2024 report:")]
    [InlineData(2023, 2024, false, "The 2024 report does not discuss this; the 2023 report says:")]
    [InlineData(2016, 2024, true, "The 2024 report says less on this; the 2016 report says:")]
    public void YearNote_SaysWhichReportAndWhy(int chosen, int newest, bool newestCovers, string note)
        => Assert.Equal(note, ComposeStage.YearNote(new YearChoice(chosen, newest, newestCovers), BotTexts.English));

    private RetrievalOutcome Retrieve(string question, int? year = null)
        => StageRunner.Retrieve(Index, question, null, year, null, 5, new CoverageOptions(), lexicalOnly: true);

    private static string Report(int year, params (string Heading, string Text)[] sections)
        => $"Testland\n\n{year} Country Reports on Human Rights Practices\n\n"
           + string.Concat(sections.Select(s => $"{s.Heading}\n\n{s.Text}\n\n"));
}
