using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RightsBot.Core.Answering;
using RightsBot.Telegram.Tests.EndToEnd;
using RightsBot.Telegram.Tests.Fakes;

namespace RightsBot.Telegram.Tests.Polling;

[Collection(EndToEndGroup.Name)]
public sealed class TelegramPollingServiceTests : IDisposable
{
    private readonly string _statePath = Path.Combine(Path.GetTempPath(), "rightsbot-polling-unit-" + Guid.NewGuid().ToString("N"));
    private readonly FakeQuestionAnswerer _core = new();

    [Fact]
    public async Task ExecuteAsync_HandlerThrowsOnOneUpdate_LoopGoesOnAndOffsetAdvancesPastIt()
    {
        await using var api = await BotApiStandIn.StartAsync();
        _core.ReportsFailure = new InvalidOperationException("index unavailable");
        api.Script("getUpdates", 200, $$"""{"ok":true,"result":[{{Update(10, "/start")}},{{Update(11, "/about")}}]}""");
        await using var host = await StartAsync(api);

        var sent = (await api.WaitForCallAsync("sendMessage"))!;

        Assert.Contains("stores nothing about you", sent["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(host.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.StartsWith("Handling update 10 (Message) failed", StringComparison.Ordinal));
        await WaitForAsync(() => File.Exists(OffsetFile) && File.ReadAllText(OffsetFile) == "12");
        await api.WaitForCallAsync("getUpdates", call => Offset(call) == 12);
    }

    [Fact]
    public async Task ExecuteAsync_SavedOffset_FirstGetUpdatesAsksFromIt()
    {
        Directory.CreateDirectory(_statePath);
        File.WriteAllText(OffsetFile, "4242");
        await using var api = await BotApiStandIn.StartAsync();
        await using var host = await StartAsync(api);

        var first = await api.WaitForCallAsync("getUpdates");

        Assert.Equal(4242, first!["offset"]!.GetValue<int>());
        Assert.Single(api.CallsOf("deleteWebhook"));
    }

    [Fact]
    public async Task ExecuteAsync_ServerIgnoresOffsetAndResendsOldUpdates_EachAnsweredOnce()
    {
        await using var api = await BotApiStandIn.StartAsync();
        api.Script("getUpdates", 200, $$"""{"ok":true,"result":[{{Update(20, "/about")}}]}""");
        api.Script("getUpdates", 200, $$"""{"ok":true,"result":[{{Update(20, "/about")}},{{Update(21, "/help")}}]}""");
        await using var host = await StartAsync(api);

        await api.WaitForCallAsync("sendMessage", count: 2);
        await api.WaitForCallAsync("getUpdates", count: 4);

        Assert.Equal(2, api.CallsOf("sendMessage").Count);
    }

    [Fact]
    public async Task ExecuteAsync_UnreadableUpdateInTheBatch_SkippedAndTheRestAnswered()
    {
        await using var api = await BotApiStandIn.StartAsync();
        api.Script("getUpdates", 200, $$"""{"ok":true,"result":[{"update_id": 40, "message": "not a message"},{{Update(41, "/about")}}]}""");
        api.Script("getUpdates", 200, """{"ok":true,"result":[{"update_id": 42, "message": {"chat": 17}}]}""");
        await using var host = await StartAsync(api);

        var sent = (await api.WaitForCallAsync("sendMessage"))!;
        await api.WaitForCallAsync("getUpdates", call => Offset(call) == 43);

        Assert.Contains("stores nothing about you", sent["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.All(api.CallsOf("getUpdates"), call => Assert.InRange(Offset(call) ?? 0, 0, 43));
        Assert.Equal(2, host.Logs.Entries.Count(e => e.Message == "Skipped an update that could not be read"));
    }

    [Fact]
    public async Task ExecuteAsync_GetUpdatesFails_BacksOffAndRecovers()
    {
        await using var api = await BotApiStandIn.StartAsync();
        api.Script("getUpdates", 502, "<html>bad gateway</html>");
        api.Script("getUpdates", 409, """{"ok":false,"error_code":409,"description":"Conflict: terminated by other getUpdates request"}""");
        api.Script("getUpdates", 200, $$"""{"ok":true,"result":[{{Update(50, "/about")}}]}""");
        await using var host = await StartAsync(api);

        var sent = (await api.WaitForCallAsync("sendMessage", timeout: TimeSpan.FromSeconds(15)))!;

        Assert.Contains("stores nothing about you", sent["text"]!.GetValue<string>(), StringComparison.Ordinal);
        // The 502 is retried inside the HTTP client (the adapters' shared resilience); only the 409 reaches the loop.
        Assert.Equal(1, host.Logs.Entries.Count(e => e.Message.StartsWith("getUpdates failed", StringComparison.Ordinal)));
        Assert.True(api.CallsOf("getUpdates").Count >= 3);
    }

    [Fact]
    public async Task AskAsync_CoreThrows_UserGetsAnApologyAndNoQuestionIsLogged()
    {
        await using var api = await BotApiStandIn.StartAsync();
        _core.Respond = _ => throw new InvalidOperationException("boom");
        api.Script("getUpdates", 200, $$"""{"ok":true,"result":[{{Update(30, "secret question about torture")}}]}""");
        await using var host = await StartAsync(api);

        var sent = (await api.WaitForCallAsync("sendMessage"))!;

        Assert.Contains("something went wrong", sent["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain(host.Logs.Entries, e => e.Message.Contains("secret question", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExecuteAsync_OneChatWaitsForItsAnswer_OtherChatAnsweredAndOffsetHeldAtTheUnfinishedUpdate()
    {
        await using var api = await BotApiStandIn.StartAsync();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _core.Stream = _ => AnswerWhenReleasedAsync(gate.Task);
        api.Script("getUpdates", 200, $$"""{"ok":true,"result":[{{Update(60, "how many torture complaints?", chat: 9)}},{{Update(61, "/about", chat: 10)}}]}""");
        await using var host = await StartAsync(api);

        var about = (await api.WaitForCallAsync("sendMessage"))!;

        Assert.Equal(10, about["chat_id"]!.GetValue<long>());
        await api.WaitForCallAsync("getUpdates", count: 3);
        Assert.Equal("60", File.ReadAllText(OffsetFile));
        Assert.All(api.CallsOf("getUpdates").Skip(1), call => Assert.Equal(60, Offset(call)));
        gate.SetResult();
        var answer = (await api.WaitForCallAsync("sendMessage", count: 2))!;
        Assert.Equal(9, answer["chat_id"]!.GetValue<long>());
        await api.WaitForCallAsync("getUpdates", call => Offset(call) == 62);
        await WaitForAsync(() => File.ReadAllText(OffsetFile) == "62");
    }

    [Fact]
    public async Task StopAsync_AnswerInFlight_FinishesBeforeTheHostStopsAndTheOffsetMovesPastIt()
    {
        await using var api = await BotApiStandIn.StartAsync();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _core.Stream = _ => AnswerWhenReleasedAsync(gate.Task);
        api.Script("getUpdates", 200, $$"""{"ok":true,"result":[{{Update(70, "how many torture complaints?")}}]}""");
        var host = await StartAsync(api);
        await WaitForAsync(() => !_core.Questions.IsEmpty);

        var stopping = host.DisposeAsync().AsTask();
        await Task.Delay(300);
        Assert.False(stopping.IsCompleted, "the host stopped while an answer was being written");
        Assert.Equal("70", File.ReadAllText(OffsetFile));
        gate.SetResult();
        await stopping.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(9, (await api.WaitForCallAsync("sendMessage"))!["chat_id"]!.GetValue<long>());
        Assert.Equal("71", File.ReadAllText(OffsetFile));
    }

    public void Dispose()
    {
        if (Directory.Exists(_statePath))
        {
            Directory.Delete(_statePath, recursive: true);
        }
    }

    private string OffsetFile => Path.Combine(_statePath, "polling-offset");

    private static string Update(int id, string text, long chat = 9) => $$"""
        {"update_id": {{id}}, "message": {"message_id": {{id}}, "date": 1700000000, "chat": {"id": {{chat}}, "type": "private"},
         "from": {"id": {{chat}}, "is_bot": false, "first_name": "A"}, "text": "{{text}}" } }
        """;

    private static int? Offset(System.Text.Json.Nodes.JsonNode? getUpdates) => getUpdates?["offset"]?.GetValue<int?>();

    private static async IAsyncEnumerable<Answer> AnswerWhenReleasedAsync(Task released)
    {
        await released;
        yield return new Answer(AnswerStatus.Answered, "About 700 torture complaints were registered [1].", [FakeQuestionAnswerer.KazakhstanSource]);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(25);
        }

        Assert.True(condition());
    }

    private Task<BotHost> StartAsync(BotApiStandIn api) => BotHost.StartAsync(
        new Dictionary<string, string?>
        {
            ["Telegram:Enabled"] = "true",
            ["Telegram:BotToken"] = "6001:polling-unit",
            ["Telegram:ApiBaseUrl"] = api.BaseUrl.ToString(),
            ["Telegram:StatePath"] = _statePath,
        },
        configureServices: services => services.AddSingleton<IQuestionAnswerer>(_core));
}
