using RightsBot.Core.Conversation;
using RightsBot.Core.Answering.Pipeline;
using RightsBot.Core.Answering;
using RightsBot.Core.Tests.Metrics;

namespace RightsBot.Core.Tests.Answering;

public class QuestionAnswererTests(AnswererFixture fixture) : IClassFixture<AnswererFixture>
{
    [Fact]
    public async Task AnswerAsync_NamedCountryAndYear_QuotesThePassageAndCitesIt()
    {
        var answer = await fixture.Answerer.AnswerAsync(new Question("In Kazakhstan's 2016 report, how many torture complaints does the prosecutor general register a year?"));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Null(answer.Refusal);
        Assert.Contains("600 torture complaints on average per year", answer.Text, StringComparison.Ordinal);
        Assert.Contains("[1]", answer.Text, StringComparison.Ordinal);
        var first = answer.Sources[0];
        Assert.Equal("Kazakhstan 2016", first.Report);
        Assert.StartsWith("Section 1.c Torture", first.Section, StringComparison.Ordinal);
        Assert.StartsWith("[1] Kazakhstan 2016 · Section 1.c Torture", first.Citation, StringComparison.Ordinal);
        Assert.All(answer.Sources, s => Assert.Equal("Kazakhstan 2016", s.Report));
    }

    [Fact]
    public async Task AnswerAsync_ExplicitFilters_StayInsideThem()
    {
        var answer = await fixture.Answerer.AnswerAsync(new Question("Were journalists detained?", "Nigeria", 2016));

        Assert.True(answer.Answered);
        Assert.All(answer.Sources, s => Assert.Equal("Nigeria 2016", s.Report));
    }

    [Fact]
    public async Task AnswerAsync_OffTopic_IsNotCoveredWithAHint()
    {
        var answer = await fixture.Answerer.AnswerAsync(new Question("What is the capital of France's best restaurant?"));

        Assert.Equal(AnswerStatus.NotCovered, answer.Status);
        Assert.Empty(answer.Sources);
        Assert.Contains("Kazakhstan", answer.Hint, StringComparison.Ordinal);
        Assert.Equal(RefusalReason.NoReport, answer.Refusal); // France: no report of it
    }

    [Fact]
    public async Task AnswerAsync_OffTopicInScope_NotCoveredForLackOfAnyClosePassage()
    {
        var answer = await fixture.Answerer.AnswerAsync(new Question("What is the best recipe for chocolate cake in Kazakhstan?"));

        Assert.Equal(AnswerStatus.NotCovered, answer.Status);
        Assert.Equal(RefusalReason.NotCovered, answer.Refusal);
    }

    [Fact]
    public async Task AnswerAsync_NameTheReportsNeverUse_NotCoveredWithTheNearestSections()
    {
        var answer = await fixture.Answerer.AnswerAsync(new Question("Was the activist Anna Petrovskaya detained in Kazakhstan?"));

        Assert.Equal(AnswerStatus.NotCovered, answer.Status);
        Assert.Equal(BotTexts.English["not-covered"], answer.Text);
        Assert.Empty(answer.Sources);
        Assert.StartsWith("Nearest in the reports: Kazakhstan ", answer.Hint, StringComparison.Ordinal);
        Assert.Equal(RefusalReason.AbsentName, answer.Refusal);
    }

    [Fact]
    public async Task AnswerAsync_FigureThePassagesLack_SaysTheFigureIsMissing()
    {
        var answer = await fixture.Answerer.AnswerAsync(new Question("What was the minimum wage in Kenya in 2023?"));

        Assert.Equal(AnswerStatus.NotCovered, answer.Status);
        Assert.Equal(BotTexts.English["no-figure"], answer.Text);
        Assert.Contains("Kenya 2023 · Section 7", answer.Hint, StringComparison.Ordinal);
        Assert.Equal(RefusalReason.NoFigure, answer.Refusal);
    }

    [Fact]
    public async Task AnswerAsync_CountryNotInCorpus_SaysSo()
    {
        var answer = await fixture.Answerer.AnswerAsync(new Question("torture?", "Narnia"));

        Assert.Equal(AnswerStatus.NotCovered, answer.Status);
        Assert.Contains("Narnia", answer.Text, StringComparison.Ordinal);
        Assert.Equal(RefusalReason.NoReport, answer.Refusal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t ")]
    [InlineData("?!?")]
    public async Task AnswerAsync_EmptyQuestion_IsRejected(string text)
    {
        var answer = await fixture.Answerer.AnswerAsync(new Question(text));
        Assert.Equal(AnswerStatus.Rejected, answer.Status);
        Assert.Empty(answer.Sources);
        Assert.Null(answer.Refusal);
    }

    [Fact]
    public async Task AnswerAsync_HugeQuestion_IsRejectedWithLength()
    {
        var answer = await fixture.Answerer.AnswerAsync(new Question(new string('a', 5000)));
        Assert.Equal(AnswerStatus.Rejected, answer.Status);
        Assert.Contains("shorten", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_MarkupInQuestion_IsTreatedAsText()
    {
        var answer = await fixture.Answerer.AnswerAsync(new Question("<b>prison</b> conditions in <script>Kazakhstan</script> 2016?"));
        Assert.True(answer.Answered);
        Assert.Equal("Kazakhstan 2016", answer.Sources[0].Report);
    }

    [Fact]
    public async Task GetPassageAsync_SourceId_ReturnsFullPassage()
    {
        var answer = await fixture.Answerer.AnswerAsync(new Question("prison conditions in Kazakhstan 2016"));
        var passage = await fixture.Answerer.GetPassageAsync(answer.Sources[0].PassageId);

        Assert.NotNull(passage);
        Assert.Equal(answer.Sources[0].Text, passage.Text);
        Assert.Equal(answer.Sources[0].Url, passage.Url);
        Assert.Null(await fixture.Answerer.GetPassageAsync("no-such-id.1"));
    }

    [Fact]
    public async Task AnswerAsync_SeedQuestion_EverySourceLinksToTheKazakhstan2016PageAtItsPassage()
    {
        const string page = "https://www.state.gov/reports/2016-country-reports-on-human-rights-practices/kazakhstan/";

        var answer = await fixture.Answerer.AnswerAsync(new Question("In Kazakhstan's 2016 report, how many torture complaints does the prosecutor general register a year?"));

        Assert.All(answer.Sources, s => Assert.StartsWith(page + "#:~:text=", s.Url, StringComparison.Ordinal));
        Assert.Equal(answer.Sources.Count, answer.Sources.Select(s => s.Url).Distinct(StringComparer.Ordinal).Count());
        var start = Uri.UnescapeDataString(answer.Sources[0].Url![(page.Length + "#:~:text=".Length)..].Split(',')[0]);
        Assert.StartsWith(start, answer.Sources[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetReportsAsync_ShippedCorpus_ListsSixteen()
    {
        var reports = await fixture.Answerer.GetReportsAsync();
        Assert.Equal(16, reports.Count);
        Assert.All(reports, r => Assert.True(r.Passages > 0));
    }

    [Fact]
    public async Task AnswerAsync_SummarizerOnAndAnswering_UsesSummaryButKeepsSources()
    {
        var answerer = AnswererFixture.Create(TestPaths.SeedExcerpt, summarizer: new FixedSummarizer("Short summary [1]."));
        var answer = await answerer.AnswerAsync(new Question("how many torture complaints a year?"));

        Assert.True(answer.Summarized);
        Assert.Equal("Short summary [1].", answer.Text);
        Assert.NotEmpty(answer.Sources);
    }

    [Fact]
    public async Task AnswerAsync_SummarizerGivesNothing_FallsBackToExtractive()
    {
        var answerer = AnswererFixture.Create(TestPaths.SeedExcerpt, summarizer: new FixedSummarizer(null));
        var answer = await answerer.AnswerAsync(new Question("how many torture complaints a year?"));

        Assert.False(answer.Summarized);
        Assert.Contains("600 torture complaints", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindSourcesAsync_SummarizerOn_ReturnsSourcesWithoutCallingIt()
    {
        var summarizer = new FixedSummarizer("Short summary [1].");
        var answerer = AnswererFixture.Create(TestPaths.SeedExcerpt, summarizer: summarizer);
        var answer = await answerer.FindSourcesAsync(new Question("how many torture complaints a year?"));

        Assert.False(answer.Summarized);
        Assert.NotEmpty(answer.Sources);
        Assert.Equal(0, summarizer.Calls);
    }

    [Fact]
    public async Task AnswerAsync_SummarizerOff_CountsOffForEachAnsweredQuestionOnly()
    {
        using var meters = new TestMeters();
        using var summaries = meters.Collect("rightsbot.summaries");
        var answerer = AnswererFixture.Create(TestPaths.SeedExcerpt, metrics: meters.Answers());

        await answerer.AnswerAsync(new Question("how many torture complaints a year?"));
        await answerer.AnswerAsync(new Question("What is the capital of France's best restaurant?"));
        await answerer.AnswerAsync(new Question("?!?"));

        Assert.Equal(["off"], summaries.GetMeasurementSnapshot().Select(m => m.Tags["outcome"]));
    }

    [Fact]
    public async Task AnswerAsync_SummarizerOn_CountsNothingItself()
    {
        // The summarizer counts what became of its summary (used or why it fell back); the answerer would count twice.
        using var meters = new TestMeters();
        using var summaries = meters.Collect("rightsbot.summaries");
        var answerer = AnswererFixture.Create(TestPaths.SeedExcerpt, summarizer: new FixedSummarizer(null), metrics: meters.Answers());

        await answerer.AnswerAsync(new Question("how many torture complaints a year?"));

        Assert.Empty(summaries.GetMeasurementSnapshot());
    }

    private sealed class FixedSummarizer(string? summary) : IAnswerSummarizer
    {
        public bool IsEnabled => true;

        public int Calls { get; private set; }

        public Task<string?> SummarizeAsync(Question question, IReadOnlyList<AnswerSource> sources, CancellationToken cancellationToken = default)
        {
            Calls++;
            return Task.FromResult(summary);
        }
    }
}
