using RightsBot.Core.Answering;
using RightsBot.Core.Answering.Comparison;
using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Answering.Comparison;

public class ComparisonPlannerTests
{
    private static readonly QuestionScopeResolver Scope = ShippedScope.Resolver;

    // Parts as "Country Year" (year "latest" when left to the country's latest), joined by "; "; "" for no comparison.
    [Theory]
    [InlineData("How did prison conditions in Kazakhstan change between 2016 and 2023?", "Kazakhstan 2016; Kazakhstan 2023")]
    [InlineData("torture in Uzbekistan 2019 vs 2024", "Uzbekistan 2019; Uzbekistan 2024")]
    [InlineData("torture in kazakhstan 2023 vs 2016", "Kazakhstan 2016; Kazakhstan 2023")]
    [InlineData("How has the treatment of journalists in Kazakhstan changed over the years?", "Kazakhstan 2016; Kazakhstan 2022; Kazakhstan 2023; Kazakhstan 2024")]
    [InlineData("what changed in kazakhstan on torture?", "Kazakhstan 2016; Kazakhstan 2022; Kazakhstan 2023; Kazakhstan 2024")]
    [InlineData("Do Kazakhstan, Kyrgyzstan and Uzbekistan jail journalists?", "Kazakhstan 2024; Kyrgyz Republic 2016; Uzbekistan 2019")]
    [InlineData("police killings nigeria vs kazakhstan", "Nigeria 2016; Kazakhstan 2024")]
    [InlineData("In 2016, were prisons overcrowded in Kazakhstan and in Nigeria?", "Kazakhstan 2016; Nigeria 2016")]
    [InlineData("killings in 2016 and 2022", " 2016;  2022")]
    // Not comparisons
    [InlineData("Did Kazakhstan change its law on peaceful assembly?", "")]
    [InlineData("Is torture used in Kazakhstan?", "")]
    [InlineData("were journalists jailed in Kazakhstan in 2016?", "")]
    [InlineData("did Kazakhstan arrest activists because Uzbekistan asked?", "")]
    [InlineData("How many were killed in the 2011 Zhanaozen events, per the 2016 report on Kazakhstan?", "")]
    [InlineData("how has Kyrgyzstan's press freedom changed?", "")] // one year only: nothing to compare
    [InlineData("In the 2016 Kazakh report, how long did the former head of Astana Expo 2017 get for stealing funds?", "")]
    [InlineData("Kazakhstan's 2016 report vs the 2023 report on torture", "Kazakhstan 2016; Kazakhstan 2023")]
    [InlineData("Did Kazakhstan go after critics abroad in 2023 and in 2024?", "Kazakhstan 2023; Kazakhstan 2024")]
    public void Plan_Question_FindsTheReportsToCompare(string question, string parts)
    {
        var plan = ComparisonPlanner.Plan(Scope, new Question(question), question, null);

        Assert.Equal(parts, plan is null ? string.Empty : string.Join("; ", plan.Parts.Select(p => $"{p.Country} {p.Year}")));
    }

    [Fact]
    public void Plan_ExplicitYearsAndCountries_AreCompared()
    {
        var years = ComparisonPlanner.Plan(Scope, new Question("prison conditions", "Kazakhstan") { Years = [2023, 2016] }, "prison conditions", null);
        var countries = ComparisonPlanner.Plan(Scope, new Question("prison conditions", "Kazakhstan, Uzbekistan"), "prison conditions", null);
        var asked = ComparisonPlanner.Plan(Scope, new Question("prison conditions", "Kazakhstan") { Compare = true }, "prison conditions", null);

        Assert.Equal([2016, 2023], years!.Parts.Select(p => p.Year));
        Assert.Equal(["Kazakhstan", "Uzbekistan"], countries!.Parts.Select(p => p.Country));
        Assert.True(countries.ByCountry);
        Assert.Equal([2016, 2022, 2023, 2024], asked!.Parts.Select(p => p.Year));
        Assert.True(asked.Spread);
    }

    [Fact]
    public void Plan_Topic_LosesTheScopeAndComparingWords()
    {
        var plan = ComparisonPlanner.Plan(Scope, new Question("x"), "How did prison conditions in Kazakhstan change between 2016 and 2023?", null);

        Assert.DoesNotContain("Kazakhstan", plan!.Topic, StringComparison.Ordinal);
        Assert.DoesNotContain("2016", plan.Topic, StringComparison.Ordinal);
        Assert.DoesNotContain("change", plan.Topic, StringComparison.Ordinal);
        Assert.Contains("prison conditions", plan.Topic, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { 2016, 2017 }, new[] { 2016, 2017 })]
    [InlineData(new[] { 2016, 2017, 2018, 2019 }, new[] { 2016, 2017, 2018, 2019 })]
    [InlineData(new[] { 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024 }, new[] { 2016, 2019, 2021, 2024 })]
    public void Spread_ManyYears_FirstLatestAndTwoBetween(int[] years, int[] picked)
        => Assert.Equal(picked, ComparisonPlanner.Spread(years));
}
