using RightsBot.Core.Answering;

namespace RightsBot.Core.Tests.Answering.Comparison;

public class ComparisonAnswererTests(AnswererFixture fixture) : IClassFixture<AnswererFixture>
{
    [Fact]
    public async Task AnswerAsync_TwoYears_OnePartEachOldestFirstFromItsOwnReport()
    {
        var answer = await fixture.Answerer.AnswerAsync(new Question("How did prison conditions in Kazakhstan change between 2023 and 2016?"));

        Assert.True(answer.Answered);
        Assert.Equal([2016, 2023], answer.Comparison!.Select(p => p.Year));
        Assert.All(answer.Comparison!, p => Assert.True(p.Answered));
        Assert.All(answer.Comparison!, p => Assert.All(p.Sources, s => Assert.Equal($"Kazakhstan {p.Year}", s.Report)));
        Assert.StartsWith("Kazakhstan 2016: ", answer.Text, StringComparison.Ordinal);
        Assert.Contains("\nKazakhstan 2023: ", answer.Text, StringComparison.Ordinal);
        Assert.Contains("prison", answer.Comparison![0].Text, StringComparison.OrdinalIgnoreCase);

        // Numbered across the whole answer, each part citing its own first source.
        Assert.Equal(Enumerable.Range(1, answer.Sources.Count), answer.Sources.Select(s => s.Rank));
        Assert.EndsWith($"[{answer.Comparison![1].Sources[0].Rank}]", answer.Comparison[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_AReportWithoutIt_SaysSoAndNothingMore()
    {
        var answer = await fixture.Answerer.AnswerAsync(new Question("Kazakhstan 2016 vs 2024: how many early and forced marriages a year?"));

        var last = answer.Comparison![^1];
        Assert.Equal(2024, last.Year);
        if (!last.Answered)
        {
            Assert.Equal("Kazakhstan 2024: The 2024 report does not discuss this.", last.Text);
            Assert.Empty(last.Sources);
        }

        Assert.True(answer.Comparison![0].Answered);
    }

    [Fact]
    public async Task AnswerAsync_AYearWithNoReport_SaysThereIsNone()
    {
        var answer = await fixture.Answerer.AnswerAsync(new Question("prison conditions in Kazakhstan in 2016 and 2019"));

        Assert.Equal("Kazakhstan 2019: I have no report for Kazakhstan 2019.", answer.Comparison![1].Text);
        Assert.False(answer.Comparison[1].Answered);
    }

    [Fact]
    public async Task AnswerAsync_Countries_EachFromItsLatestReport()
    {
        var answer = await fixture.Answerer.AnswerAsync(new Question("Do Kazakhstan, Kyrgyzstan and Uzbekistan jail journalists?"));

        Assert.Equal(["Kazakhstan 2024", "Kyrgyz Republic 2016", "Uzbekistan 2019"], answer.Comparison!.Select(p => $"{p.Country} {p.Year}"));
        Assert.Equal("Kazakhstan,Kyrgyz Republic,Uzbekistan", answer.Scope!.Country);
    }

    [Fact]
    public async Task AnswerAsync_ExplicitYearsOption_ComparesThem()
    {
        var answer = await fixture.Answerer.AnswerAsync(new Question("torture", "Kazakhstan") { Years = [2016, 2022] });

        Assert.Equal([2016, 2022], answer.Comparison!.Select(p => p.Year));
        Assert.Equal([2016, 2022], answer.Scope!.Years);
    }

    [Fact]
    public async Task AnswerAsync_NoReportCovers_IsNotCoveredYetSaysSoPerYear()
    {
        var answer = await fixture.Answerer.AnswerAsync(new Question("How did the price of bananas in Kazakhstan change between 2016 and 2023?"));

        Assert.Equal(AnswerStatus.NotCovered, answer.Status);
        Assert.Empty(answer.Sources);
        Assert.All(answer.Comparison!, p => Assert.False(p.Answered));
    }

    [Theory]
    [InlineData("Did Kazakhstan change its law on peaceful assembly in 2016?")]
    [InlineData("Is torture used in Kazakhstan?")]
    public async Task AnswerAsync_PlainQuestion_IsNoComparison(string question)
    {
        var answer = await fixture.Answerer.AnswerAsync(new Question(question));

        Assert.Null(answer.Comparison);
    }

    [Fact]
    public async Task AnswerAsync_HugeComparison_IsRejectedAsAnyQuestion()
    {
        var answer = await fixture.Answerer.AnswerAsync(new Question("torture in Kazakhstan 2016 vs 2023 " + new string('x', 2000)));

        Assert.Equal(AnswerStatus.Rejected, answer.Status);
    }
}
