using RightsBot.Core.Answering;
using RightsBot.Summarization.Tests.Fakes;

namespace RightsBot.Summarization.Tests;

/// <summary>StreamSummaryAsync of <see cref="SemanticKernelAnswerSummarizer"/>, over server-sent events.</summary>
public sealed class SemanticKernelAnswerSummarizerStreamingTests
{
    [Fact]
    public async Task StreamSummaryAsync_GoodStream_GrowsInPartialsThenCompletesWithCheckedSummary()
    {
        await using var host = await SummarizationTestHost.StartAsync();
        host.Server.Enqueue(ScriptedReply.Text(SamplePassages.GoodSummary));

        var updates = await CollectAsync(host.StreamingSummarizer.StreamSummaryAsync(SamplePassages.AssemblyQuestion, SamplePassages.Three));

        var partials = updates.Where(u => u.Kind == SummaryUpdateKind.Partial).ToList();
        Assert.True(partials.Count > 1, "the summary should arrive in several steps");
        Assert.Equal(SamplePassages.GoodSummary, string.Concat(partials.Select(p => p.Delta)));
        Assert.All(partials.Zip(partials.Skip(1)), pair => Assert.StartsWith(pair.First.Text, pair.Second.Text, StringComparison.Ordinal));
        var last = updates[^1];
        Assert.Equal(SummaryUpdateKind.Completed, last.Kind);
        Assert.Equal(SamplePassages.GoodSummary, last.Text);
        Assert.True(Assert.Single(host.Server.Requests).Stream);
        Assert.Empty(host.VisibleLogLines);
        Assert.Equal(["used"], host.SummaryOutcomes);
    }

    [Fact]
    public async Task StreamSummaryAsync_StreamCutMidway_EndsFailedWithOneLogLine()
    {
        await using var host = await SummarizationTestHost.StartAsync();
        host.Server.Enqueue(ScriptedReply.CutOff("Protests need a permit applied [1], and"));

        var updates = await CollectAsync(host.StreamingSummarizer.StreamSummaryAsync(SamplePassages.AssemblyQuestion, SamplePassages.Three));

        Assert.Equal(SummaryUpdateKind.Failed, updates[^1].Kind);
        Assert.Equal(string.Empty, updates[^1].Text);
        Assert.Equal(1, updates.Count(u => u.Kind != SummaryUpdateKind.Partial));
        var line = Assert.Single(host.VisibleLogLines);
        Assert.DoesNotContain(SamplePassages.AssemblyQuestion.Text, line, StringComparison.Ordinal);
        Assert.Equal(["fallback_error"], host.SummaryOutcomes);
    }

    [Fact]
    public async Task StreamSummaryAsync_StreamCitesPassageNotGiven_EndsFailed()
    {
        await using var host = await SummarizationTestHost.StartAsync();
        host.Server.Enqueue(ScriptedReply.Text("Protests need permits [7]."));

        var updates = await CollectAsync(host.StreamingSummarizer.StreamSummaryAsync(SamplePassages.AssemblyQuestion, SamplePassages.Three));

        Assert.Equal(SummaryUpdateKind.Failed, updates[^1].Kind);
        Assert.Contains("reply cites a passage that was not given", Assert.Single(host.VisibleLogLines), StringComparison.Ordinal);
        Assert.Equal(["fallback_check"], host.SummaryOutcomes);
    }

    [Fact]
    public async Task StreamSummaryAsync_EmptyStream_EndsFailed()
    {
        await using var host = await SummarizationTestHost.StartAsync();
        host.Server.Enqueue(ScriptedReply.Text(string.Empty));

        var updates = await CollectAsync(host.StreamingSummarizer.StreamSummaryAsync(SamplePassages.AssemblyQuestion, SamplePassages.Three));

        var only = Assert.Single(updates);
        Assert.Equal(SummaryUpdateKind.Failed, only.Kind);
        Assert.Contains("empty reply", Assert.Single(host.VisibleLogLines), StringComparison.Ordinal);
        Assert.Equal(["fallback_check"], host.SummaryOutcomes);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(500)]
    public async Task StreamSummaryAsync_ErrorStatus_EndsFailedWithoutPartials(int status)
    {
        await using var host = await SummarizationTestHost.StartAsync();
        host.Server.Enqueue(ScriptedReply.Error(status));

        var updates = await CollectAsync(host.StreamingSummarizer.StreamSummaryAsync(SamplePassages.AssemblyQuestion, SamplePassages.Three));

        var only = Assert.Single(updates);
        Assert.Equal(SummaryUpdateKind.Failed, only.Kind);
        Assert.Contains($"HTTP {status}", Assert.Single(host.VisibleLogLines), StringComparison.Ordinal);
        Assert.Equal(["fallback_error"], host.SummaryOutcomes);
    }

    [Fact]
    public async Task StreamSummaryAsync_ReplyAfterTimeout_EndsFailedOnceTimeoutPasses()
    {
        await using var host = await SummarizationTestHost.StartAsync();
        host.Server.Enqueue(ScriptedReply.AfterClientGivesUp(SamplePassages.GoodSummary));
        var arrived = host.Server.NextRequestAsync();

        var collecting = CollectAsync(host.StreamingSummarizer.StreamSummaryAsync(SamplePassages.AssemblyQuestion, SamplePassages.Three));
        await host.ExpireTimeoutOnceRequestArrivesAsync(arrived, collecting);
        var updates = await collecting.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(SummaryUpdateKind.Failed, Assert.Single(updates).Kind);
        Assert.Contains("timed out after 15 s", Assert.Single(host.VisibleLogLines), StringComparison.Ordinal);
        Assert.Equal(["fallback_timeout"], host.SummaryOutcomes);
    }

    [Fact]
    public async Task StreamSummaryAsync_RussianQuestion_StreamsRussianSummary()
    {
        const string reply = "Для митинга нужно разрешение, поданное за 10 дней [1].";
        await using var host = await SummarizationTestHost.StartAsync();
        host.Server.Enqueue(ScriptedReply.Text(reply));

        var updates = await CollectAsync(host.StreamingSummarizer.StreamSummaryAsync(new Question("Нужно ли разрешение на митинг?"), SamplePassages.Three));

        Assert.Equal(new SummaryUpdate(SummaryUpdateKind.Completed, reply), updates[^1]);
        Assert.Contains("Write in the language the question is written in", Assert.Single(host.Server.Requests).System, StringComparison.Ordinal);
    }

    private static async Task<List<SummaryUpdate>> CollectAsync(IAsyncEnumerable<SummaryUpdate> stream)
    {
        var updates = new List<SummaryUpdate>();
        await foreach (var update in stream)
        {
            updates.Add(update);
        }

        return updates;
    }
}
