using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using RightsBot.Core.Conversation;
using RightsBot.Discord.Formatting;
using RightsBot.Discord.Interactions;
using RightsBot.Discord.Tests.TestSupport;
using RightsBot.TestSupport;

namespace RightsBot.Discord.Tests.Interactions;

// What a stop (SIGTERM) does to answers that were deferred: they are finished and delivered while the shutdown
// time allows, and only one still running near its end is given up, with a notice in its place.
public sealed class DiscordDeferredRepliesTests : IAsyncLifetime
{
    private static readonly string RestartNotice = DiscordInfoFormatter.Words(BotTexts.English, "discord-restarting");
    private readonly FakeQuestionAnswerer _answerer = new();
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _answerCancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private DiscordRestStandIn _discord = null!;

    public async Task InitializeAsync()
    {
        _discord = await DiscordRestStandIn.StartAsync();

        // A slow answer (summarization on, a large corpus): it returns once the test releases it, or is cancelled.
        _answerer.Respond = async (_, cancellationToken) =>
        {
            try
            {
                await _release.Task.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                _answerCancelled.TrySetResult();
                throw;
            }

            return TestAnswers.KazakhstanTorture;
        };
    }

    public async Task DisposeAsync()
    {
        _release.TrySetResult();
        await _discord.DisposeAsync();
    }

    [Fact]
    public async Task StopAsync_DeferredAnswerInFlight_FinishedAndItsEditDeliveredBeforeTheHostStops()
    {
        await using var host = await DiscordTestHost.StartAsync(
            _answerer, _discord.ApiBaseUrl, new Dictionary<string, string?> { ["Discord:DeferAfter"] = "00:00:00.200" });
        var stopping = ShutdownBegun(host);
        var response = await host.InteractAsync(InteractionPayloads.Ask(TestAnswers.TortureQuestion));
        Assert.Equal(5, (int)response["type"]!);

        var stopped = host.StopAsync();
        await stopping.WaitAsync(TimeSpan.FromSeconds(10));
        _release.SetResult();
        await stopped.WaitAsync(TimeSpan.FromSeconds(20));

        // Checked as soon as the host has stopped: the stop waited for the edit.
        var patch = Assert.Single(_discord.Requests, r => r.Method == "PATCH");
        Assert.EndsWith($"/webhooks/{DiscordTestHost.ApplicationId}/{InteractionPayloads.InteractionToken}/messages/@original", patch.Path, StringComparison.Ordinal);
        Assert.Contains("600 torture complaints", patch.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(RestartNotice, patch.Body, StringComparison.Ordinal);
        Assert.False(_answerCancelled.Task.IsCompleted, "the answer was cancelled although the shutdown time allowed it to finish");
        Assert.Equal(0, host.GetRequiredService<DiscordDeferredReplies>().Pending);
    }

    // The notice speaks the asker's language (the interaction's locale).
    [Theory]
    [InlineData("en-US", "RightsBot is restarting and could not finish this answer. Please ask again in a minute.")]
    [InlineData("ru", "RightsBot перезапускается и не успел закончить этот ответ. Спросите ещё раз через минуту.")]
    public async Task StopAsync_DeferredAnswerStillRunningNearTheDeadline_CancelledAndTheUserToldToAskAgain(string locale, string notice)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await DiscordTestHost.StartAsync(
            _answerer,
            _discord.ApiBaseUrl,
            new Dictionary<string, string?> { ["Discord:DeferAfter"] = "00:00:00.200" },
            services =>
            {
                services.AddSingleton<TimeProvider>(clock);
                services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(6));
            });
        var interaction = host.InteractAsync(InteractionPayloads.WithLocale(InteractionPayloads.Ask(TestAnswers.TortureQuestion), locale));
        await clock.AdvanceUntilAsync(() => interaction.IsCompleted);
        Assert.Equal(5, (int)(await interaction)["type"]!);

        var stopped = host.StopAsync();
        var waited = await clock.AdvanceUntilAsync(() => _answerCancelled.Task.IsCompleted);
        await stopped.WaitAsync(TimeSpan.FromSeconds(20));

        // Given up before the host's deadline, leaving time for the notice; the core's work was cancelled.
        Assert.InRange(waited, TimeSpan.FromSeconds(6) - DiscordDeferredReplies.NoticeAllowance, TimeSpan.FromSeconds(6));
        var patch = Assert.Single(_discord.Requests, r => r.Method == "PATCH");
        Assert.Equal(notice, (string)System.Text.Json.Nodes.JsonNode.Parse(patch.Body)!["content"]!);
        Assert.Equal(0, host.GetRequiredService<DiscordDeferredReplies>().Pending);
    }

    // Completes when the host's ApplicationStopping fires. Registered before any interaction, so it runs after
    // every callback registered later (cancellation callbacks run newest first).
    private static Task ShutdownBegun(DiscordTestHost host)
    {
        var begun = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(() => begun.TrySetResult());
        return begun.Task;
    }
}
