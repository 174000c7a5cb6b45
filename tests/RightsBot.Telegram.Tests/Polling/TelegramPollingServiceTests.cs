using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RightsBot.Core.Answering;
using RightsBot.Telegram.Polling;
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
        var gate = SlowAnswers(api, $$"""{"ok":true,"result":[{{Update(60, "how many torture complaints?", chat: 9)}},{{Update(61, "/about", chat: 10)}}]}""");
        await using var host = await StartAsync(api);

        var about = (await api.WaitForCallAsync("sendMessage"))!;

        Assert.Equal(10, about["chat_id"]!.GetValue<long>());
        await api.WaitForCallAsync("getUpdates", count: 3);
        Assert.Equal("61 60", File.ReadAllText(OffsetFile));
        Assert.All(api.CallsOf("getUpdates").Skip(1), call => Assert.Equal(60, Offset(call)));
        gate.SetResult();
        var answer = (await api.WaitForCallAsync("sendMessage", count: 2))!;
        Assert.Equal(9, answer["chat_id"]!.GetValue<long>());
        await api.WaitForCallAsync("getUpdates", call => Offset(call) == 62);
        await WaitForAsync(() => File.ReadAllText(OffsetFile) == "62");
    }

    [Fact]
    public async Task StopAsync_AnswerInFlight_FinishedAndSentBeforeTheHostStopsAndTheOffsetMovesPastIt()
    {
        await using var api = await BotApiStandIn.StartAsync();
        var gate = SlowAnswers(api, $$"""{"ok":true,"result":[{{Update(70, "how many torture complaints?")}}]}""");
        await using var host = await StartAsync(api);
        await WaitForAsync(() => !_core.Questions.IsEmpty);

        var begun = host.StopBegunAsync();
        var stopped = host.StopAsync();
        await begun.WaitAsync(TimeSpan.FromSeconds(10));
        gate.SetResult();
        await stopped.WaitAsync(TimeSpan.FromSeconds(30));

        // Checked as soon as the host has stopped: the stop waited for the answer.
        Assert.Equal(9, Assert.Single(api.CallsOf("sendMessage"))!["chat_id"]!.GetValue<long>());
        Assert.Equal("71", File.ReadAllText(OffsetFile));
    }

    [Fact]
    public async Task StopAsync_AnswerStillRunningAtTheDeadline_CancelledAndSavedAsUnansweredBesideTheLaterAnsweredOne()
    {
        await using var api = await BotApiStandIn.StartAsync();
        _ = SlowAnswers(api, $$"""{"ok":true,"result":[{{Update(80, "how many torture complaints?", chat: 9)}},{{Update(81, "/about", chat: 10)}}]}""");
        await using var host = await StartAsync(api);
        await WaitForAsync(() => !_core.Questions.IsEmpty);
        await api.WaitForCallAsync("sendMessage");

        await host.StopPastTheDeadlineAsync();

        // 80 is to be answered after the restart, 81 (answered) is not to be repeated.
        Assert.Equal(10, Assert.Single(api.CallsOf("sendMessage"))!["chat_id"]!.GetValue<long>());
        Assert.Equal("82 80", File.ReadAllText(OffsetFile));
        Assert.Contains(host.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.StartsWith("The shutdown time ran out while 1 Telegram chats", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExecuteAsync_ShutdownBegins_PollingEndsAndAsksForNoMoreUpdates()
    {
        await using var api = await BotApiStandIn.StartAsync();
        api.HoldGetUpdates = true;
        await using var host = await StartAsync(api);
        await api.WaitForCallAsync("getUpdates");

        // SIGTERM's first step, before the host's StopAsync: the long poll in flight is given up, and no other follows.
        host.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        await host.Polling.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Single(api.CallsOf("getUpdates"));
        Assert.DoesNotContain(host.Logs.Entries, e => e.Level >= LogLevel.Error);
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

    // The stand-in's first batch is these updates, and every answer waits for the returned gate (or a cancellation).
    private TaskCompletionSource SlowAnswers(BotApiStandIn api, string firstBatch)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _core.Stream = _ => FakeQuestionAnswerer.AnswerWhenReleasedAsync(gate.Task);
        api.Script("getUpdates", 200, firstBatch);
        return gate;
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
