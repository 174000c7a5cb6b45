using RightsBot.Core.Answering;
using RightsBot.Core.Conversation;
using RightsBot.Discord.Tests.TestSupport;

namespace RightsBot.Discord.Tests.Interactions;

public sealed class DiscordAskHandlerTests : IAsyncLifetime
{
    private readonly FakeQuestionAnswerer _answerer = new();
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private DiscordRestStandIn _discord = null!;
    private DiscordTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _discord = await DiscordRestStandIn.StartAsync();

        // A slow answer (summarization on, a large corpus): the core only returns once the test releases it.
        _answerer.Respond = async (_, cancellationToken) =>
        {
            await _release.Task.WaitAsync(cancellationToken);
            return TestAnswers.KazakhstanTorture;
        };
        _host = await DiscordTestHost.StartAsync(
            _answerer,
            _discord.ApiBaseUrl,
            new Dictionary<string, string?> { ["Discord:DeferAfter"] = "00:00:00.200", ["Limits:QuestionsPerMinute"] = "2" });
    }

    public async Task DisposeAsync()
    {
        _release.TrySetResult();
        await _host.DisposeAsync();
        await _discord.DisposeAsync();
    }

    [Fact]
    public async Task HandleAsync_SlowAnswer_DefersThenPatchesOriginalResponse()
    {
        var response = await _host.InteractAsync(InteractionPayloads.Ask(TestAnswers.TortureQuestion, "Kazakhstan", 2016));

        Assert.Equal(5, (int)response["type"]!);
        Assert.Null(response["data"]?["flags"]);
        Assert.Empty(_discord.Requests);
        Assert.Equal(1, _host.GetRequiredService<RightsBot.Discord.Interactions.DiscordDeferredReplies>().Pending);

        _release.SetResult();
        var patch = await _discord.WaitForAsync(r => r.Method == "PATCH");

        Assert.Equal(
            $"/api/v10/webhooks/{DiscordTestHost.ApplicationId}/{InteractionPayloads.InteractionToken}/messages/@original",
            patch.Path);
        Assert.Null(patch.Authorization);
        Assert.StartsWith("DiscordBot (", patch.UserAgent, StringComparison.Ordinal);
        var body = System.Text.Json.Nodes.JsonNode.Parse(patch.Body)!;
        var embed = body["embeds"]![0]!;
        Assert.Equal(TestAnswers.TortureQuestion, (string)embed["title"]!);
        Assert.Contains("600 torture complaints", (string)embed["description"]!, StringComparison.Ordinal);
        Assert.Equal("[1] Kazakhstan 2016", (string)embed["fields"]![0]!["name"]!);
        Assert.Equal("Paragraph [1]", (string)body["components"]![0]!["components"]![0]!["label"]!);
        Assert.Empty(body["allowed_mentions"]!["parse"]!.AsArray());
        Assert.Null(body["flags"]);
        var deferred = _host.GetRequiredService<RightsBot.Discord.Interactions.DiscordDeferredReplies>();
        await WaitUntilAsync(() => deferred.Pending == 0);
    }

    [Fact]
    public async Task HandleAsync_SlowPrivateAnswer_DefersEphemerally()
    {
        var response = await _host.InteractAsync(InteractionPayloads.Ask(TestAnswers.TortureQuestion, isPrivate: true));

        Assert.Equal(5, (int)response["type"]!);
        Assert.Equal(64, (int)response["data"]!["flags"]!);

        _release.SetResult();
        var patch = await _discord.WaitForAsync(r => r.Method == "PATCH");
        Assert.Contains("600 torture complaints", patch.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_SlowAnswerThatFails_PatchesAnApology()
    {
        _answerer.Respond = async (_, cancellationToken) =>
        {
            await _release.Task.WaitAsync(cancellationToken);
            throw new InvalidOperationException("summarizer exploded");
        };

        var response = await _host.InteractAsync(InteractionPayloads.Ask("anything"));
        Assert.Equal(5, (int)response["type"]!);
        _release.SetResult();

        var patch = await _discord.WaitForAsync(r => r.Method == "PATCH");
        Assert.Contains("Sorry", patch.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_TooManyQuestionsFromOneUser_RefusesPolitelyButServesOthers()
    {
        _release.SetResult();

        var first = await _host.InteractAsync(InteractionPayloads.Ask("one?", userId: "1001"));
        var second = await _host.InteractAsync(InteractionPayloads.Ask("two?", userId: "1001"));
        var third = await _host.InteractAsync(InteractionPayloads.Ask("three?", userId: "1001"));
        var fourth = await _host.InteractAsync(InteractionPayloads.Ask("three again?", userId: "1001"));
        var otherUser = await _host.InteractAsync(InteractionPayloads.Ask("four?", userId: "2002"));

        Assert.Equal(4, (int)first["type"]!);
        Assert.Equal(4, (int)second["type"]!);

        // Discord must answer every interaction, so each one over the limit gets the private notice, not only the first.
        foreach (var refused in new[] { third, fourth })
        {
            Assert.Equal(4, (int)refused["type"]!);
            Assert.Equal(64, (int)refused["data"]!["flags"]!);
            Assert.Equal(BotTexts.English.RateLimited, (string)refused["data"]!["content"]!);
        }

        Assert.NotNull(otherUser["data"]!["embeds"]);
        Assert.Equal(["one?", "two?", "four?"], _answerer.Questions.Select(q => q.Text));
    }

    [Fact]
    public async Task HandleAsync_DeferredFlow_NeverLogsTokensOrQuestion()
    {
        await _host.InteractAsync(InteractionPayloads.Ask("a very private question about my cousin"));
        _release.SetResult();
        await _discord.WaitForAsync(r => r.Method == "PATCH");
        await WaitUntilAsync(() => _host.Logs.Lines.Any(l => l.Contains("Delivered a deferred", StringComparison.Ordinal)));

        Assert.NotEmpty(_host.Logs.Lines);
        Assert.DoesNotContain(_host.Logs.Lines, l => l.Contains(InteractionPayloads.InteractionToken, StringComparison.Ordinal));
        Assert.DoesNotContain(_host.Logs.Lines, l => l.Contains(DiscordTestHost.BotToken, StringComparison.Ordinal));
        Assert.DoesNotContain(_host.Logs.Lines, l => l.Contains("cousin", StringComparison.Ordinal));
        Assert.DoesNotContain(_host.Logs.Lines, l => l.Contains(InteractionPayloads.UserId, StringComparison.Ordinal));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.True(condition());
    }
}
