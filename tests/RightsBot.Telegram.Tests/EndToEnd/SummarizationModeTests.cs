using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using RightsBot.Core.Conversation;
using RightsBot.Core.Languages;
using RightsBot.TestSupport.OpenAI;
using static RightsBot.Telegram.Tests.EndToEnd.PollingModeTests;

namespace RightsBot.Telegram.Tests.EndToEnd;

/// <summary>
/// The real host with summarization on, pointed at the OpenAI-compatible stand-in on 127.0.0.1, against the Bot API
/// emulator: the summary streams into one message that ends as a cited answer with RightsBot's own sources, and a
/// faulty model reply leaves the user with the extractive answer.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class SummarizationModeTests(TelegramEmulator emulator) : IAsyncLifetime, IDisposable
{
    private const string ApiKey = "sk-telegram-e2e-SECRET";
    private const string Summary = "In 2015 the Prosecutor General's Office registered about 600 torture complaints a year [1], yet few reached court.";
    private readonly string _statePath = Path.Combine(Path.GetTempPath(), "rightsbot-summary-" + Guid.NewGuid().ToString("N"));
    private FakeOpenAIServer _model = null!;

    public async Task InitializeAsync() => _model = await FakeOpenAIServer.StartAsync();

    public async Task DisposeAsync() => await _model.DisposeAsync();

    [Fact]
    public async Task PrivateQuestion_SummaryStreams_OneMessageEditedIntoTheCitedSummaryWithOurSources()
    {
        const string token = "2101:summary-streams";
        // About 2 s of writing, so the message is edited while it grows, not only at the end.
        _model.Enqueue(ScriptedReply.Text(Summary) with { ChunkGap = TimeSpan.FromMilliseconds(250) });
        await using var host = await StartAsync(token);
        using var user = EmulatorUser.Create(emulator, token, userId: 511);

        await user.SendTextAsync(KazakhstanQuestion);

        var edits = await WaitForFinalEditAsync(user);
        var message = Assert.Single(await user.WaitForBotMessagesAsync(1));
        Assert.All(edits, e => Assert.Equal(message["messageId"]!.GetValue<int>(), e!["message_id"]!.GetValue<int>()));
        Assert.True(edits.Count >= 2, $"expected an edit while the summary grew, then the final one; got {edits.Count}");
        var growing = EditText(edits[0]);
        Assert.EndsWith(" …", growing, StringComparison.Ordinal);
        Assert.StartsWith(growing[..^2], Summary, StringComparison.Ordinal);
        Assert.Null(edits[0]!["reply_markup"]);

        var final = EditText(edits[^1]);
        Assert.StartsWith(Summary + "\n\n<b>Sources</b>\n[1] " + KazakhstanPageLink, final, StringComparison.Ordinal);
        Assert.Equal("Full paragraph [1]", edits[^1]!["reply_markup"]!["inline_keyboard"]![0]![0]!["text"]!.GetValue<string>());
        var request = Assert.Single(_model.Requests);
        Assert.True(request.Stream);
        Assert.Equal("Bearer " + ApiKey, request.Authorization);
        AssertNothingPrivateLogged(host);
    }

    [Fact]
    public async Task PrivateQuestion_ModelAnswers500_ExtractiveAnswerInOneMessageAndALogLine()
    {
        const string token = "2102:summary-500";
        _model.Enqueue(ScriptedReply.Error(500));
        await using var host = await StartAsync(token);
        using var user = EmulatorUser.Create(emulator, token, userId: 512);

        await user.SendTextAsync(KazakhstanQuestion);

        var answer = AssertAnswerCitingKazakhstan2016(Assert.Single(await user.WaitForBotMessagesAsync(1)));
        Assert.DoesNotContain("yet few reached court", Text(answer), StringComparison.Ordinal);
        Assert.Single(_model.Requests);
        Assert.Empty(await user.BotEditsAsync());
        Assert.Contains(host.Logs.Entries, e => e is { Level: LogLevel.Warning } && e.Message.StartsWith("Summary unavailable", StringComparison.Ordinal));
        AssertNothingPrivateLogged(host);
    }

    [Fact]
    public async Task PrivateQuestion_ModelCitesAPassageItWasNotGiven_StreamedTextReplacedByTheExtractiveAnswer()
    {
        const string token = "2103:summary-cites-7";
        _model.Enqueue(ScriptedReply.Text("Complaints are rarely investigated [7]."));
        await using var host = await StartAsync(token);
        using var user = EmulatorUser.Create(emulator, token, userId: 513);

        await user.SendTextAsync(KazakhstanQuestion);

        var final = (await WaitForFinalEditAsync(user))[^1]!;
        Assert.Single(await user.WaitForBotMessagesAsync(1));
        Assert.DoesNotContain("[7]", EditText(final), StringComparison.Ordinal);
        Assert.DoesNotContain("rarely investigated", EditText(final), StringComparison.Ordinal);
        Assert.Contains("<b>Sources</b>\n[1] Kazakhstan 2016 · ", WithoutLinks(EditText(final)), StringComparison.Ordinal);
        Assert.Equal("Full paragraph [1]", final["reply_markup"]!["inline_keyboard"]![0]![0]!["text"]!.GetValue<string>());
        Assert.Contains(host.Logs.Entries, e => e is { Level: LogLevel.Warning } && e.Message.StartsWith("Summary unavailable", StringComparison.Ordinal));
        AssertNothingPrivateLogged(host);
    }

    public void Dispose()
    {
        if (Directory.Exists(_statePath))
        {
            Directory.Delete(_statePath, recursive: true);
        }
    }

    private static string EditText(JsonNode? edit) => edit!["text"]!.GetValue<string>();

    private static async Task<JsonArray> WaitForFinalEditAsync(EmulatorUser user, string sourcesHeading = "Sources")
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var edits = await user.BotEditsAsync();
            if (edits.Count > 0 && EditText(edits[^1]).Contains($"<b>{sourcesHeading}</b>", StringComparison.Ordinal))
            {
                return edits;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("the streamed message was never edited into the final answer");
    }

    private static void AssertNothingPrivateLogged(BotHost host)
        => Assert.DoesNotContain(host.Logs.Entries, e => e.Level >= LogLevel.Information
            && (e.Message.Contains("torture complaints are registered", StringComparison.Ordinal) || e.Message.Contains(ApiKey, StringComparison.Ordinal)));

    // The model writes the summary in the user's language (it is given the question as typed); the bot's words follow
    // it, and the sources stay the reports' English, verbatim.
    [Theory]
    [InlineData(Language.Kazakh, "2016 жылы қазақстанда бас прокуратура жылына азаптау туралы қанша шағым тіркейді",
        "Бас прокуратура жылына шамамен 600 азаптау туралы шағым тіркейді [1].")]
    [InlineData(Language.Russian, "сколько жалоб на пытки регистрирует генеральная прокуратура казахстана в 2016 году",
        "Генеральная прокуратура регистрирует в среднем около 600 жалоб на пытки в год [1].")]
    public async Task PrivateQuestion_InKazakhOrRussianWithSummary_SummaryAsWrittenHeadingNoteAndButtonsInIt(Language language, string question, string summary)
    {
        var token = "2104:summary-" + language;
        var texts = BotTexts.For(language);
        _model.Enqueue(ScriptedReply.Text(KazakhstanQuestion)); // the question, translated for the search
        _model.Enqueue(ScriptedReply.Text(summary) with { ChunkGap = TimeSpan.FromMilliseconds(250) });
        await using var host = await StartAsync(token);
        using var user = EmulatorUser.Create(emulator, token, userId: 514);

        await user.SendTextAsync(question);

        var edits = await WaitForFinalEditAsync(user, texts.Sources);
        var final = EditText(edits[^1]);
        Assert.StartsWith($"{summary}\n\n<b>{texts.Sources}</b>\n[1] {KazakhstanPageLink}", final, StringComparison.Ordinal);
        Assert.StartsWith("Kazakhstan 2016 · Section 1.c Torture", WithoutLinks(final).Split("[1] ")[1], StringComparison.Ordinal);
        Assert.Contains($"<i>{texts.QuotesNote}</i>", final, StringComparison.Ordinal);
        Assert.DoesNotContain("Sources", final, StringComparison.Ordinal);
        Assert.Equal(texts.Format("telegram-full-paragraph", 1), edits[^1]!["reply_markup"]!["inline_keyboard"]![0]![0]!["text"]!.GetValue<string>());
        Assert.Contains(question, _model.Requests[^1].User, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Logs.Entries, e => e.Message.Contains(question, StringComparison.Ordinal));
    }

    /// <summary>Settings for the host in polling mode against the emulator, summarizing with the stand-in model.</summary>
    internal static Dictionary<string, string?> SummarizingSettings(TelegramEmulator emulator, string token, string statePath, FakeOpenAIServer model, string apiKey)
    {
        var settings = PollingSettings(emulator, token, statePath);
        settings["Summarization:Enabled"] = "true";
        settings["Summarization:Endpoint"] = model.Endpoint.ToString();
        settings["Summarization:ModelId"] = "stand-in-model";
        settings["Summarization:ApiKey"] = apiKey;
        return settings;
    }

    private Task<BotHost> StartAsync(string token) => BotHost.StartAsync(SummarizingSettings(emulator, token, _statePath, _model, ApiKey));
}
