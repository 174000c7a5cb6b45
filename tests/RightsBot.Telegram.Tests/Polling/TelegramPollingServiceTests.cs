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
        var next = await api.WaitForCallAsync("getUpdates", count: 2);
        Assert.Equal(12, next!["offset"]!.GetValue<int>());
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
        var third = (await api.WaitForCallAsync("getUpdates", count: 3))!;

        Assert.Contains("stores nothing about you", sent["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(43, third["offset"]!.GetValue<int>());
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

    public void Dispose()
    {
        if (Directory.Exists(_statePath))
        {
            Directory.Delete(_statePath, recursive: true);
        }
    }

    private string OffsetFile => Path.Combine(_statePath, "polling-offset");

    private static string Update(int id, string text) => $$"""
        {"update_id": {{id}}, "message": {"message_id": {{id}}, "date": 1700000000, "chat": {"id": 9, "type": "private"},
         "from": {"id": 9, "is_bot": false, "first_name": "A"}, "text": "{{text}}" } }
        """;

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
