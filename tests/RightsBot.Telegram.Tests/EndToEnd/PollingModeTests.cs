using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace RightsBot.Telegram.Tests.EndToEnd;

/// <summary>The real host in polling mode against the Bot API emulator: a user writes, the bot answers.</summary>
[Collection(EndToEndGroup.Name)]
public sealed class PollingModeTests(TelegramEmulator emulator) : IDisposable
{
    public const string KazakhstanQuestion = "in the 2016 Kazakhstan report, how many torture complaints are registered each year?";

    // How a source's label opens: a link to the passage on the report's state.gov page.
    internal const string KazakhstanPageLink = "<a href=\"https://www.state.gov/reports/2016-country-reports-on-human-rights-practices/kazakhstan/#:~:text=";
    private readonly string _statePath = Path.Combine(Path.GetTempPath(), "rightsbot-polling-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task PrivateQuestion_KazakhstanTorture_HtmlAnswerCitingKazakhstan2016WithButtons()
    {
        const string token = "2001:polling-question";
        await using var host = await StartAsync(token);
        using var user = EmulatorUser.Create(emulator, token, userId: 501);

        await user.SendTextAsync(KazakhstanQuestion);

        var answer = AssertAnswerCitingKazakhstan2016(Assert.Single(await user.WaitForBotMessagesAsync(1)));
        Assert.Equal(user.ChatId, answer["message"]!["chat_id"]!.GetValue<long>());
    }

    [Fact]
    public async Task Commands_StartHelpSourcesAbout_EachAnsweredAndMenuRegistered()
    {
        const string token = "2002:polling-commands";
        await using var host = await StartAsync(token);
        using var user = EmulatorUser.Create(emulator, token, userId: 502);

        foreach (var command in new[] { "/start", "/help", "/sources", "/about" })
        {
            await user.SendTextAsync(command);
        }

        var texts = (await user.WaitForBotMessagesAsync(4)).Select(Text).ToList();
        Assert.Equal(4, texts.Count);
        Assert.Contains("Try asking", texts[0], StringComparison.Ordinal);
        Assert.Contains("Kazakhstan (2016, 2022, 2023, 2024)", texts[0], StringComparison.Ordinal);
        Assert.Contains("/ask &lt;question&gt;", texts[1], StringComparison.Ordinal);
        Assert.Contains("@TestNameBot", texts[1], StringComparison.Ordinal);
        Assert.Contains("• Kazakhstan: 2016, 2022, 2023, 2024", texts[2], StringComparison.Ordinal);
        Assert.Contains("• Brazil: 2016", texts[2], StringComparison.Ordinal);
        Assert.Contains("stores nothing about you", texts[3], StringComparison.Ordinal);
        var menu = (await user.BotApiAsync("getMyCommands")).AsArray().Select(c => c!["command"]!.GetValue<string>());
        Assert.Equal(["ask", "compare", "country", "new", "sources", "help", "about", "start"], menu);
    }

    // A Telegram client in Russian or Kazakh shows the menu registered for its language_code; any other, the default.
    [Fact]
    public async Task StartUp_CommandMenus_DefaultRussianAndKazakhRegistered()
    {
        const string token = "2013:polling-menus";
        await using var host = await StartAsync(token);
        using var user = EmulatorUser.Create(emulator, token, userId: 523);
        await user.SendTextAsync("/about");
        await user.WaitForBotMessagesAsync(1);

        var menus = new Dictionary<string, JsonArray>();
        foreach (var code in new[] { "", "ru", "kk", "de" })
        {
            menus[code] = (await user.BotApiAsync("getMyCommands", code.Length == 0 ? null : new JsonObject { ["language_code"] = code })).AsArray();
        }

        string[] names = ["ask", "compare", "country", "new", "sources", "help", "about", "start"];
        Assert.All(new[] { "", "ru", "kk" }, code => Assert.Equal(names, menus[code].Select(c => c!["command"]!.GetValue<string>())));
        Assert.Equal(
            ["Ask a question about the human-rights reports", "Задать вопрос о докладах по правам человека", "Адам құқықтары туралы баяндамалар бойынша сұрақ қою"],
            new[] { "", "ru", "kk" }.Select(code => menus[code][0]!["description"]!.GetValue<string>()));
        Assert.Equal("Выбрать страну (и год) для ваших вопросов", menus["ru"][2]!["description"]!.GetValue<string>());
        Assert.Equal("Сәлемдесу және сұрақ мысалдары", menus["kk"][^1]!["description"]!.GetValue<string>());
        Assert.Empty(menus["de"]);
    }

    [Fact]
    public async Task PrivateQuestion_InRussian_RussianHeadingNoteAndButtonsQuotesInEnglish()
    {
        const string token = "2011:polling-russian";
        await using var host = await StartAsync(token);
        using var user = EmulatorUser.Create(emulator, token, userId: 521);

        await user.SendTextAsync("сколько жалоб на пытки регистрирует генеральная прокуратура казахстана в 2016 году");

        var answer = Assert.Single(await user.WaitForBotMessagesAsync(1));
        var text = WithoutLinks(Text(answer));
        Assert.Contains("<b>Источники</b>\n[1] Kazakhstan 2016 · ", text, StringComparison.Ordinal);
        Assert.Contains("<i>Доклады написаны на английском; цитаты приведены дословно.</i>", text, StringComparison.Ordinal);
        Assert.Contains("torture complaints", text.Split("<b>Источники</b>")[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Sources", text, StringComparison.Ordinal);
        Assert.Equal("Весь абзац [1]", Buttons(answer)[0]["text"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("kk", "Былай сұрап көріңіз", "<b>Командалар</b>", "/ask &lt;сұрақ&gt;")]
    [InlineData("ru", "Попробуйте спросить", "<b>Команды</b>", "/ask &lt;вопрос&gt;")]
    [InlineData("de", "Try asking", "<b>Commands</b>", "/ask &lt;question&gt;")]
    public async Task StartAndHelp_UsersLanguageCode_AnsweredInItOrElseEnglish(string languageCode, string start, string commands, string ask)
    {
        var token = "2012:polling-language-" + languageCode;
        await using var host = await StartAsync(token);
        using var user = EmulatorUser.Create(emulator, token, userId: 522, languageCode: languageCode);

        await user.SendTextAsync("/start");
        await user.SendTextAsync("/help");

        var texts = (await user.WaitForBotMessagesAsync(2)).Select(Text).ToList();
        Assert.Contains(start, texts[0], StringComparison.Ordinal);
        Assert.Contains("Kazakhstan (2016, 2022, 2023, 2024)", texts[0], StringComparison.Ordinal);
        Assert.Contains(commands, texts[1], StringComparison.Ordinal);
        Assert.Contains(ask, texts[1], StringComparison.Ordinal);
        Assert.Contains("@TestNameBot", texts[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskCommand_WithAndWithoutQuestion_AnswersOrExplains()
    {
        const string token = "2003:polling-ask";
        await using var host = await StartAsync(token);
        using var user = EmulatorUser.Create(emulator, token, userId: 503);

        await user.SendTextAsync("/ask");
        await user.SendTextAsync("/ask " + KazakhstanQuestion);

        var replies = await user.WaitForBotMessagesAsync(2);
        Assert.Contains("Please type a question", Text(replies[0]), StringComparison.Ordinal);
        AssertAnswerCitingKazakhstan2016(replies[1]);
    }

    [Fact]
    public async Task FullParagraphButton_Pressed_SendsThePassageAndAnswersTheCallback()
    {
        const string token = "2004:polling-button";
        await using var host = await StartAsync(token);
        using var user = EmulatorUser.Create(emulator, token, userId: 504);
        await user.SendTextAsync(KazakhstanQuestion);
        var answer = Assert.Single(await user.WaitForBotMessagesAsync(1));
        var data = Buttons(answer)[0]["callback_data"]!.GetValue<string>();

        await user.PressButtonAsync(answer, data);

        var passage = Text(Assert.Single(await user.WaitForBotMessagesAsync(1)));
        Assert.StartsWith("<b>" + KazakhstanPageLink, passage, StringComparison.Ordinal);
        Assert.StartsWith("<b>Kazakhstan 2016 · ", WithoutLinks(passage), StringComparison.Ordinal);
        Assert.Contains("torture", passage, StringComparison.OrdinalIgnoreCase);
        var callback = Assert.Single(await user.WaitForAnsweredCallbacksAsync(1));
        Assert.NotNull(callback!["callback_query_id"]);
    }

    [Fact]
    public async Task GroupChat_MentionAndRepliesAnswered_OtherChatterIgnored()
    {
        const string token = "2005:polling-group";
        await using var host = await StartAsync(token);
        using var member = EmulatorUser.Create(emulator, token, userId: 505, chatId: -100505, chatType: "supergroup");

        await member.SendTextAsync("just chatting about the weekend");
        await member.SendTextAsync("/start@SomeOtherBot");
        await member.SendTextAsync("@TestNameBot " + KazakhstanQuestion);

        var answer = AssertAnswerCitingKazakhstan2016(Assert.Single(await member.WaitForBotMessagesAsync(1)));
        var botMessage = new JsonObject
        {
            ["message_id"] = answer["messageId"]!.GetValue<int>(),
            ["date"] = 1,
            ["chat"] = new JsonObject { ["id"] = member.ChatId, ["type"] = "supergroup", ["title"] = "Rights defenders" },
            ["from"] = new JsonObject { ["id"] = 666, ["is_bot"] = true, ["first_name"] = "Bot", ["username"] = "TestNameBot" },
            ["text"] = "previous answer",
        };
        await member.SendTextAsync("and how many were there in 2015?", replyTo: botMessage);
        await member.SendTextAsync("thanks all");

        var followUp = Assert.Single(await member.WaitForBotMessagesAsync(1));
        Assert.DoesNotContain("Please type a question", Text(followUp), StringComparison.Ordinal);
        await member.AssertNoMoreBotMessagesAsync(TimeSpan.FromSeconds(1.5));
    }

    [Fact]
    public async Task Restart_OffsetPersisted_NothingLostNothingRepeated()
    {
        const string token = "2006:polling-restart";
        using var user = EmulatorUser.Create(emulator, token, userId: 506);
        await using (var first = await StartAsync(token))
        {
            await user.SendTextAsync("/about");
            Assert.Single(await user.WaitForBotMessagesAsync(1));
        }

        // Questions asked while the bot is down wait in the Bot API until it is back.
        await user.SendTextAsync("/sources");
        await user.SendTextAsync(KazakhstanQuestion);
        var savedOffset = File.ReadAllText(Path.Combine(_statePath, "polling-offset"));

        await using (var second = await StartAsync(token))
        {
            var replies = await user.WaitForBotMessagesAsync(2);
            Assert.Equal(2, replies.Count);
            Assert.Contains("Reports I answer from", Text(replies[0]), StringComparison.Ordinal);
            AssertAnswerCitingKazakhstan2016(replies[1]);
            await user.AssertNoMoreBotMessagesAsync(TimeSpan.FromSeconds(1.5));
        }

        Assert.True(
            int.Parse(File.ReadAllText(Path.Combine(_statePath, "polling-offset")), System.Globalization.CultureInfo.InvariantCulture)
            > int.Parse(savedOffset, System.Globalization.CultureInfo.InvariantCulture));
    }

    public void Dispose()
    {
        if (Directory.Exists(_statePath))
        {
            Directory.Delete(_statePath, recursive: true);
        }
    }

    internal static JsonObject AssertAnswerCitingKazakhstan2016(JsonObject botMessage)
    {
        var message = botMessage["message"]!;
        // Telegram.Bot writes "Html"; the Bot API reads parse_mode case-insensitively.
        Assert.Equal("HTML", message["parse_mode"]!.GetValue<string>(), ignoreCase: true);
        var text = Text(botMessage);
        Assert.Contains("<b>Sources</b>\n[1] " + KazakhstanPageLink, text, StringComparison.Ordinal);
        Assert.Contains("<b>Sources</b>\n[1] Kazakhstan 2016 · ", WithoutLinks(text), StringComparison.Ordinal);
        Assert.True(message["link_preview_options"]!["is_disabled"]!.GetValue<bool>());
        Assert.Contains("[1]", text.Split("<b>Sources</b>")[0], StringComparison.Ordinal);
        var buttons = Buttons(botMessage);
        Assert.Equal("Full paragraph [1]", buttons[0]["text"]!.GetValue<string>());
        Assert.All(buttons, b => Assert.InRange(Encoding.UTF8.GetByteCount(b["callback_data"]!.GetValue<string>()), 3, 64));
        return botMessage;
    }

    internal static string Text(JsonObject botMessage) => botMessage["message"]!["text"]!.GetValue<string>();

    /// <summary>Telegram HTML with its links' tags taken out, their text left.</summary>
    internal static string WithoutLinks(string html) => Regex.Replace(html, "<a href=\"[^\"]*\">|</a>", string.Empty);

    internal static List<JsonNode> Buttons(JsonObject botMessage)
        => botMessage["message"]!["reply_markup"]!["inline_keyboard"]!.AsArray().SelectMany(row => row!.AsArray()).Select(b => b!).ToList();

    /// <summary>Settings for the host in polling mode against the emulator.</summary>
    internal static Dictionary<string, string?> PollingSettings(TelegramEmulator emulator, string token, string statePath) => new()
    {
        ["Telegram:Enabled"] = "true",
        ["Telegram:BotToken"] = token,
        ["Telegram:ApiBaseUrl"] = emulator.BaseUrl.ToString(),
        ["Telegram:Mode"] = "Polling",
        ["Telegram:StatePath"] = statePath,
        ["Telegram:PollingTimeoutSeconds"] = "5",
    };

    private Task<BotHost> StartAsync(string token) => BotHost.StartAsync(PollingSettings(emulator, token, _statePath));
}
