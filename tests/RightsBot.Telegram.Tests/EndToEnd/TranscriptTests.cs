using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RightsBot.Embeddings;
using Xunit.Abstractions;

namespace RightsBot.Telegram.Tests.EndToEnd;

/// <summary>
/// A Russian and a Kazakh conversation with the real host as serve composes it, search by meaning included (the
/// sentence model; the other end-to-end tests leave it out), summaries off (the default), through the Bot API
/// emulator, as a user would have it: /start, a question, a follow-up, the full paragraph behind a source, a
/// question the reports do not answer and one the bot cannot read. The test output is the transcript (written to a
/// file too when RIGHTSBOT_TRANSCRIPTS names a folder: docs/languages.md quotes them).
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed partial class TranscriptTests(TelegramEmulator emulator, ITestOutputHelper output) : IDisposable
{
    private readonly string _statePath = Path.Combine(Path.GetTempPath(), "rightsbot-transcript-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Conversation_Russian_AnsweredFromTheEnglishReportsInRussianWords()
    {
        const string token = "2091:transcript-russian";
        await using var host = await StartAsync(token);
        using var user = EmulatorUser.Create(emulator, token, userId: 591, languageCode: "ru");
        var transcript = new Transcript(output, "Russian");

        var start = await transcript.SayAsync(user, "/start");
        Assert.Contains("Попробуйте спросить", Plain(start), StringComparison.Ordinal);

        var answer = await transcript.SayAsync(user, "Что происходит с журналистами в Казахстане?");
        AssertAnswer(answer, "Источники", "Доклады написаны на английском; цитаты приведены дословно.", "Kazakhstan 2024");
        Assert.Matches("journalist|media|press", Plain(answer));

        var followUp = await transcript.SayAsync(user, "а в 2016?");
        AssertAnswer(followUp, "Источники", "Доклады написаны на английском", "Kazakhstan 2016");

        var passage = await transcript.PressAsync(user, followUp, "Весь абзац [1]");
        Assert.StartsWith("Kazakhstan 2016 · ", Plain(passage), StringComparison.Ordinal);

        var notCovered = await transcript.SayAsync(user, "сколько политзаключенных в беларуси");
        Assert.DoesNotContain("Источники", Plain(notCovered), StringComparison.Ordinal);
        Assert.Contains("Belarus", Plain(notCovered), StringComparison.Ordinal);

        var unreadable = await transcript.SayAsync(user, "кукарямбы фывапролят жмыховато");
        Assert.Contains("Я понял слишком мало слов этого вопроса", Plain(unreadable), StringComparison.Ordinal);

        await transcript.SaveAsync("telegram-ru.md");
    }

    [Fact]
    public async Task Conversation_Kazakh_AnsweredFromTheEnglishReportsInKazakhWords()
    {
        const string token = "2092:transcript-kazakh";
        await using var host = await StartAsync(token);
        using var user = EmulatorUser.Create(emulator, token, userId: 592, languageCode: "kk");
        var transcript = new Transcript(output, "Kazakh");

        var start = await transcript.SayAsync(user, "/start");
        Assert.Contains("Былай сұрап көріңіз", Plain(start), StringComparison.Ordinal);

        var answer = await transcript.SayAsync(user, "Қазақстандағы түрмелерде азаптау бар ма?");
        AssertAnswer(answer, "Дереккөздер", "Баяндамалар ағылшын тілінде жазылған; дәйексөздер түпнұсқадағыдай берілген.", "Kazakhstan");
        Assert.Matches("torture|ill-treatment|prison", Plain(answer));

        var followUp = await transcript.SayAsync(user, "2023 жылы ше?");
        AssertAnswer(followUp, "Дереккөздер", "Баяндамалар ағылшын тілінде жазылған", "Kazakhstan 2023");

        var passage = await transcript.PressAsync(user, followUp, "Толық абзац [1]");
        Assert.StartsWith("Kazakhstan 2023 · ", Plain(passage), StringComparison.Ordinal);

        var typedWithoutKazakhLetters = await transcript.SayAsync(user, "казакстанда журналистерди устай ма");
        AssertAnswer(typedWithoutKazakhLetters, "Дереккөздер", "Баяндамалар ағылшын тілінде жазылған", "Kazakhstan");

        var notCovered = await transcript.SayAsync(user, "түрікменстанда 2019 жылы интернет бұғатталды ма");
        Assert.DoesNotContain("Дереккөздер", Plain(notCovered), StringComparison.Ordinal);

        await transcript.SaveAsync("telegram-kk.md");
    }

    // As serve: the sentence model too (WebHost adds it), so the transcript shows the answers users get.
    private Task<BotHost> StartAsync(string token)
        => BotHost.StartAsync(PollingModeTests.PollingSettings(emulator, token, _statePath), configureServices: services => services.AddMiniLmEmbeddings());

    public void Dispose()
    {
        if (Directory.Exists(_statePath))
        {
            Directory.Delete(_statePath, recursive: true);
        }
    }

    // An answer: the bot's words in the user's language, the quoted passages in English, the note saying so.
    private static void AssertAnswer(JsonObject message, string sourcesHeading, string note, string report)
    {
        var text = Plain(message);
        Assert.Contains(sourcesHeading + "\n[1] " + report, text, StringComparison.Ordinal);
        Assert.Contains(note, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sources", text, StringComparison.Ordinal);
        Assert.Matches(@"\b(the|of|and)\b", text.Split(sourcesHeading)[0]);
    }

    // What the user reads: Telegram HTML without its tags, entities decoded.
    private static string Plain(JsonObject message) => WebUtility.HtmlDecode(TagRegex().Replace(PollingModeTests.Text(message), string.Empty));

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagRegex();

    // The conversation as the user sees it, in Markdown: their messages, the bot's, the buttons under them.
    private sealed class Transcript(ITestOutputHelper output, string language)
    {
        private readonly StringBuilder _text = new($"# Telegram transcript: {language}{Environment.NewLine}{Environment.NewLine}");

        public async Task<JsonObject> SayAsync(EmulatorUser user, string text)
        {
            Add("**User:** " + text);
            await user.SendTextAsync(text);
            return Bot(Assert.Single(await user.WaitForBotMessagesAsync(1, TimeSpan.FromSeconds(60))));
        }

        public async Task<JsonObject> PressAsync(EmulatorUser user, JsonObject message, string button)
        {
            var data = PollingModeTests.Buttons(message).Single(b => b["text"]!.GetValue<string>() == button)["callback_data"]!.GetValue<string>();
            Add($"**User presses** [{button}]");
            await user.PressButtonAsync(message, data);
            return Bot(Assert.Single(await user.WaitForBotMessagesAsync(1, TimeSpan.FromSeconds(60))));
        }

        public async Task SaveAsync(string fileName)
        {
            if (Environment.GetEnvironmentVariable("RIGHTSBOT_TRANSCRIPTS") is { Length: > 0 } folder)
            {
                Directory.CreateDirectory(folder);
                await File.WriteAllTextAsync(Path.Combine(folder, fileName), _text.ToString());
            }
        }

        private JsonObject Bot(JsonObject message)
        {
            var lines = Plain(message).Split('\n').Select(l => "> " + l);
            Add("**RightsBot:**" + Environment.NewLine + string.Join(Environment.NewLine, lines));
            var buttons = message["message"]!["reply_markup"]?["inline_keyboard"]?.AsArray().SelectMany(r => r!.AsArray()).Select(b => $"[{b!["text"]!.GetValue<string>()}]").ToList();
            if (buttons is { Count: > 0 })
            {
                Add("*Buttons:* " + string.Join(" ", buttons));
            }

            return message;
        }

        // Written to the test's output as it goes, so a failing run shows the conversation up to the failure.
        private void Add(string paragraph)
        {
            _text.Append(paragraph).Append(Environment.NewLine).Append(Environment.NewLine);
            output.WriteLine(paragraph + Environment.NewLine);
        }
    }
}
