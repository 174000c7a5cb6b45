using System.Diagnostics;
using System.Globalization;
using RightsBot.TestSupport.OpenAI;
using Xunit.Abstractions;
using static RightsBot.Telegram.Tests.EndToEnd.PollingModeTests;
using static RightsBot.Telegram.Tests.EndToEnd.SummarizationModeTests;

namespace RightsBot.Telegram.Tests.EndToEnd;

/// <summary>
/// Issue 18's polling measurement: 10 chats ask at once while the summarization endpoint takes 3 s per reply; how
/// many seconds pass from the first chat's answer to the last chat's. Opt-in (see <see cref="MeasurementFactAttribute"/>):
/// RIGHTSBOT_MEASURE=1 dotnet test tests/RightsBot.Telegram.Tests -c Release --filter FullyQualifiedName~PollingConcurrencyMeasurement --logger "console;verbosity=detailed"
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class PollingConcurrencyMeasurement(TelegramEmulator emulator, ITestOutputHelper output) : IDisposable
{
    private const int Chats = 10;
    private static readonly TimeSpan ModelDelay = TimeSpan.FromSeconds(3);
    private const string Summary = "In 2015 the Prosecutor General's Office registered about 600 torture complaints a year [1].";
    private readonly string _statePath = Path.Combine(Path.GetTempPath(), "rightsbot-measure-" + Guid.NewGuid().ToString("N"));

    [MeasurementFact]
    public async Task TenChatsAskAtOnce_ModelTakesThreeSeconds_SpreadFromFirstAnswerToLast()
    {
        const string token = "2201:polling-measure";
        await using var model = await FakeOpenAIServer.StartAsync();
        model.Enqueue(Enumerable.Range(0, Chats).Select(_ => ScriptedReply.Text(Summary) with { Delay = ModelDelay }).ToArray());
        await using var host = await BotHost.StartAsync(SummarizingSettings(emulator, token, _statePath, model, "sk-measure"));

        // A command first, so the index is loaded and polling runs before the clock starts.
        using (var warmUp = EmulatorUser.Create(emulator, token, userId: 600))
        {
            await warmUp.SendTextAsync("/sources");
            Assert.Single(await warmUp.WaitForBotMessagesAsync(1));
        }

        var users = Enumerable.Range(1, Chats).Select(i => EmulatorUser.Create(emulator, token, userId: 600 + i)).ToList();
        try
        {
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(users.Select(u => u.SendTextAsync(KazakhstanQuestion)));
            var answeredAt = await Task.WhenAll(users.Select(async u =>
            {
                Assert.Single(await u.WaitForBotMessagesAsync(1, TimeSpan.FromSeconds(Chats * 10)));
                return clock.Elapsed;
            }));

            var first = answeredAt.Min();
            var last = answeredAt.Max();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Chats} chats, model delay {ModelDelay.TotalSeconds:0} s: first answer after {first.TotalSeconds:0.00} s, last after {last.TotalSeconds:0.00} s; first to last {(last - first).TotalSeconds:0.00} s"));
        }
        finally
        {
            users.ForEach(u => u.Dispose());
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_statePath))
        {
            Directory.Delete(_statePath, recursive: true);
        }
    }
}
