using Microsoft.Extensions.DependencyInjection;
using RightsBot.Core.Answering;
using RightsBot.Telegram.Polling;
using RightsBot.Telegram.Tests.Fakes;
using static RightsBot.Telegram.Tests.EndToEnd.PollingModeTests;

namespace RightsBot.Telegram.Tests.EndToEnd;

/// <summary>
/// Stopping the real host in polling mode (as SIGTERM does) against the Bot API emulator, then starting it again:
/// an answer in flight is finished and sent, one the shutdown time cannot wait for is answered after the restart,
/// and no update is answered twice or lost.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class ShutdownTests(TelegramEmulator emulator) : IDisposable
{
    private readonly string _statePath = Path.Combine(Path.GetTempPath(), "rightsbot-shutdown-" + Guid.NewGuid().ToString("N"));

    private string OffsetFile => Path.Combine(_statePath, UpdateOffsetStore.FileName);

    [Fact]
    public async Task Stop_AnswerInFlight_SentBeforeTheStopEndsAndAQuestionAskedMeanwhileAnsweredOnceAfterTheRestart()
    {
        const string token = "2101:shutdown-in-flight";
        using var user = EmulatorUser.Create(emulator, token, userId: 701);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var core = new FakeQuestionAnswerer { Stream = _ => FakeQuestionAnswerer.AnswerWhenReleasedAsync(gate.Task) };
        await using (var first = await StartAsync(token, core))
        {
            await user.SendTextAsync(KazakhstanQuestion);
            await WaitForAsync(() => !core.Questions.IsEmpty);

            var begun = first.StopBegunAsync();
            var stopped = first.StopAsync();
            await begun.WaitAsync(TimeSpan.FromSeconds(10));
            await user.SendTextAsync("/about");
            gate.SetResult();
            await stopped.WaitAsync(TimeSpan.FromSeconds(30));
        }

        // Read once, with no waiting: the stop itself waited for the answer to reach Telegram.
        Assert.Contains("700 torture complaints", Text(Assert.Single(await user.BotMessagesSoFarAsync())), StringComparison.Ordinal);
        Assert.Matches(@"^\d+$", File.ReadAllText(OffsetFile));

        await using (var second = await StartAsync(token, new FakeQuestionAnswerer()))
        {
            // One chat's updates are answered in order: a repeated answer to the question would come first.
            var replies = await user.WaitForBotMessagesAsync(1);
            Assert.Contains("stores nothing about you", Text(Assert.Single(replies)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Stop_AnswerStillRunningAtTheDeadline_AnsweredAfterTheRestartAndALaterAnsweredUpdateNotRepeated()
    {
        const string token = "2102:shutdown-deadline";
        using var asker = EmulatorUser.Create(emulator, token, userId: 702);
        using var other = EmulatorUser.Create(emulator, token, userId: 703);
        var never = new TaskCompletionSource();
        var core = new FakeQuestionAnswerer { Stream = _ => FakeQuestionAnswerer.AnswerWhenReleasedAsync(never.Task) };
        await using (var first = await StartAsync(token, core))
        {
            await asker.SendTextAsync(KazakhstanQuestion);
            await WaitForAsync(() => !core.Questions.IsEmpty);
            await other.SendTextAsync("/about");
            Assert.Single(await other.WaitForBotMessagesAsync(1));

            // The question is still being answered when the shutdown time runs out.
            await first.StopPastTheDeadlineAsync();
        }

        Assert.Empty(await asker.BotMessagesSoFarAsync());
        Assert.Matches(@"^\d+ \d+$", File.ReadAllText(OffsetFile));

        await using (var second = await StartAsync(token, new FakeQuestionAnswerer()))
        {
            Assert.Contains("700 torture complaints", Text(Assert.Single(await asker.WaitForBotMessagesAsync(1))), StringComparison.Ordinal);

            // One chat's updates are answered in order: a repeated /about would come before the answer to /help.
            await other.SendTextAsync("/help");
            Assert.Contains("/ask &lt;question&gt;", Text(Assert.Single(await other.WaitForBotMessagesAsync(1))), StringComparison.Ordinal);
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_statePath))
        {
            Directory.Delete(_statePath, recursive: true);
        }
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 400 && !condition(); i++)
        {
            await Task.Delay(25);
        }

        Assert.True(condition());
    }

    private Task<BotHost> StartAsync(string token, FakeQuestionAnswerer core) => BotHost.StartAsync(
        PollingSettings(emulator, token, _statePath), configureServices: services => services.AddSingleton<IQuestionAnswerer>(core));
}
