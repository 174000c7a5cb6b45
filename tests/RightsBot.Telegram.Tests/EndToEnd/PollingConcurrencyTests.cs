using System.Diagnostics;
using RightsBot.TestSupport.OpenAI;
using static RightsBot.Telegram.Tests.EndToEnd.PollingModeTests;
using static RightsBot.Telegram.Tests.EndToEnd.SummarizationModeTests;

namespace RightsBot.Telegram.Tests.EndToEnd;

/// <summary>
/// The real host in polling mode against the Bot API emulator, with a summarizer stand-in that is slow for one
/// chat: the other chat is answered meanwhile, and the slow chat's own next message waits for its answer.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class PollingConcurrencyTests(TelegramEmulator emulator) : IAsyncLifetime, IDisposable
{
    private const string SlowSummary = "In 2015 the Prosecutor General's Office registered about 600 torture complaints a year [1].";
    private const string FastSummary = "Complaints of torture were registered by the Prosecutor General's Office [1].";
    // The first streamed message holds at least this much of its summary (the stand-in streams 12 characters at a time).
    private const int SummaryStart = 10;
    private static readonly TimeSpan SlowModel = TimeSpan.FromSeconds(2);
    private readonly string _statePath = Path.Combine(Path.GetTempPath(), "rightsbot-concurrency-" + Guid.NewGuid().ToString("N"));
    private FakeOpenAIServer _model = null!;

    public async Task InitializeAsync() => _model = await FakeOpenAIServer.StartAsync();

    public async Task DisposeAsync() => await _model.DisposeAsync();

    [Fact]
    public async Task TwoChats_OnesSummaryIsSlow_OtherAnsweredFirstAndTheSlowChatKeepsItsOrder()
    {
        const string token = "2301:polling-concurrency";
        _model.Enqueue(ScriptedReply.Text(SlowSummary) with { Delay = SlowModel }, ScriptedReply.Text(FastSummary));
        await using var host = await BotHost.StartAsync(SummarizingSettings(emulator, token, _statePath, _model, "sk-concurrency"));
        using var slow = EmulatorUser.Create(emulator, token, userId: 521);
        using var fast = EmulatorUser.Create(emulator, token, userId: 522);

        // The slow chat's question reaches the model first (and gets the slow reply); then both chats write.
        var slowRequest = _model.NextRequestAsync();
        await slow.SendTextAsync(KazakhstanQuestion);
        await slowRequest.WaitAsync(TimeSpan.FromSeconds(30));
        var clock = Stopwatch.StartNew();
        await slow.SendTextAsync("/about");
        await fast.SendTextAsync(KazakhstanQuestion);

        var fastAnswered = FirstMessageAsync(fast, clock);
        var slowAnswered = FirstMessageAsync(slow, clock);
        var (fastAnswer, fastAt) = await fastAnswered;
        var (slowAnswer, slowAt) = await slowAnswered;

        Assert.StartsWith(Text(fastAnswer)[..SummaryStart], FastSummary, StringComparison.Ordinal);
        Assert.True(fastAt < slowAt, $"the fast chat was answered after {fastAt.TotalSeconds:0.0} s, the slow one after {slowAt.TotalSeconds:0.0} s");
        Assert.True(fastAt < SlowModel, $"the fast chat waited {fastAt.TotalSeconds:0.0} s, as long as the slow chat's summary");
        Assert.StartsWith(Text(slowAnswer)[..SummaryStart], SlowSummary, StringComparison.Ordinal);
        var about = Assert.Single(await slow.WaitForBotMessagesAsync(1));
        Assert.Contains("stores nothing about you", Text(about), StringComparison.Ordinal);
        var slowEdits = (await slow.BotEditsAsync()).Where(e => e!["chat_id"]!.ToString() == slow.ChatId.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Contains(slowEdits, e => e!["text"]!.GetValue<string>().Contains("<b>Sources</b>", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        if (Directory.Exists(_statePath))
        {
            Directory.Delete(_statePath, recursive: true);
        }
    }

    private static async Task<(System.Text.Json.Nodes.JsonObject Message, TimeSpan At)> FirstMessageAsync(EmulatorUser user, Stopwatch clock)
    {
        var message = Assert.Single(await user.WaitForBotMessagesAsync(1));
        return (message, clock.Elapsed);
    }
}
