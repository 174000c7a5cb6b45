using RightsBot.Core.Answering;
using RightsBot.Summarization.Tests.Fakes;

namespace RightsBot.Summarization.Tests.Integration;

/// <summary>
/// The core's answering service with summarization wired in: what every front end receives, with the stand-in
/// model replying well or badly.
/// </summary>
public sealed class SummarizedAnswerTests
{
    private static readonly Question PermitQuestion = new("Do organizers need a permit to hold a demonstration?");

    [Fact]
    public async Task AnswerAsync_SummarizationOnAndGoodReply_ReturnsSummaryWithRightsBotBuiltSources()
    {
        const string reply = "Yes: organizers must apply for a permit at least 10 days ahead [1].";
        await using var host = await CoreTestHost.StartAsync(summarizationEnabled: true);
        host.Server.Enqueue(ScriptedReply.Text(reply));

        var answer = await host.Answerer.AnswerAsync(PermitQuestion);

        Assert.True(answer.Answered);
        Assert.True(answer.Summarized);
        Assert.Equal(reply, answer.Text);
        Assert.NotEmpty(answer.Sources);
        var request = Assert.Single(host.Server.Requests);
        foreach (var source in answer.Sources.Take(5))
        {
            Assert.StartsWith($"[{source.Rank}] Kazakhstan 2016", source.Citation, StringComparison.Ordinal);
            Assert.Contains(source.Text.Trim(), request.User, StringComparison.Ordinal);
        }

        Assert.Contains(answer.Sources, s => s.Text.Contains("permit to hold a demonstration", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("cites-7")]
    [InlineData("empty")]
    [InlineData("500")]
    [InlineData("cut-off")]
    public async Task AnswerAsync_FaultyReply_ReturnsTheExtractiveAnswerAndOneLogLine(string fault)
    {
        var extractive = await ExtractiveAnswerAsync();
        await using var host = await CoreTestHost.StartAsync(summarizationEnabled: true);
        host.Server.Enqueue(fault switch
        {
            "cites-7" => ScriptedReply.Text("Permits are needed [7]."),
            "empty" => ScriptedReply.Text(string.Empty),
            "500" => ScriptedReply.Error(500),
            _ => ScriptedReply.CutOff("Permits are needed [1] at least"),
        });

        var answer = await host.Answerer.AnswerAsync(PermitQuestion);

        Assert.False(answer.Summarized);
        Assert.Equal(extractive, answer with { Sources = extractive.Sources });
        Assert.Equal(extractive.Sources, answer.Sources);
        Assert.Single(host.Server.Requests);
        var line = Assert.Single(host.VisibleLogLines, l => l.StartsWith("Summary unavailable", StringComparison.Ordinal));
        Assert.DoesNotContain(PermitQuestion.Text, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_ReplyAfterTimeout_ReturnsTheExtractiveAnswerOnceTimeoutPasses()
    {
        var extractive = await ExtractiveAnswerAsync();
        await using var host = await CoreTestHost.StartAsync(summarizationEnabled: true);
        host.Server.Enqueue(ScriptedReply.AfterClientGivesUp("Permits are needed [1]."));
        var arrived = host.Server.NextRequestAsync();

        var answering = host.Answerer.AnswerAsync(PermitQuestion);
        await arrived.WaitAsync(TimeSpan.FromSeconds(60));
        host.Time.Advance(TimeSpan.FromSeconds(14));
        Assert.False(answering.IsCompleted, "the answer came before the summary timed out");
        host.Time.Advance(TimeSpan.FromSeconds(2));
        var answer = await answering.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(answer.Summarized);
        Assert.Equal(extractive.Text, answer.Text);
        Assert.Contains(host.VisibleLogLines, l => l.Contains("timed out after 15 s", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnswerAsync_SummarizationOff_AnswersExtractivelyWithoutAnyCall()
    {
        await using var host = await CoreTestHost.StartAsync(summarizationEnabled: false);

        var answer = await host.Answerer.AnswerAsync(PermitQuestion);

        Assert.True(answer.Answered);
        Assert.False(answer.Summarized);
        Assert.Empty(host.Server.Requests);
    }

    private static async Task<Answer> ExtractiveAnswerAsync()
    {
        await using var host = await CoreTestHost.StartAsync(summarizationEnabled: false);
        var answer = await host.Answerer.AnswerAsync(PermitQuestion);
        Assert.True(answer.Answered);
        return answer;
    }
}
