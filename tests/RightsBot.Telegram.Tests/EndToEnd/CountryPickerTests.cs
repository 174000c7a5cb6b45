using System.Text.Json.Nodes;

namespace RightsBot.Telegram.Tests.EndToEnd;

/// <summary>
/// <c>/country</c> against the real core over corpus/ (13 countries: two pages) through the Bot API emulator: paging
/// and narrowing edit the keyboard in place, a chosen report leads every answer and scopes the questions, /new clears it.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class CountryPickerTests(TelegramEmulator emulator) : IDisposable
{
    private const string UnscopedQuestion = "how many torture complaints are registered each year?";
    private readonly string _statePath = Path.Combine(Path.GetTempPath(), "rightsbot-country-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task CountryCommand_NextAndPrevious_PagesEditedInPlaceEveryPressAnswered()
    {
        const string token = "2201:country-pages";
        await using var host = await StartAsync(token);
        using var user = EmulatorUser.Create(emulator, token, userId: 2201);

        var list = await ConversationTests.AskAsync(user, "/country");
        Assert.Equal(
            "Afghanistan,Brazil|Colombia,Germany|India,Japan|Kazakhstan,Kenya|Next ›|Clear",
            Rows(list["message"]!));
        Assert.Contains("(page 1 of 2)", PollingModeTests.Text(list), StringComparison.Ordinal);

        await user.PressButtonAsync(list, Data(list["message"]!, "Next ›"));
        var second = await WaitForEditAsync(user, 1);
        await user.PressButtonAsync(list, Data(second, "‹ Previous"));
        var first = await WaitForEditAsync(user, 2);

        Assert.Equal("Kyrgyz Republic,Mexico|Nigeria,Ukraine|Uzbekistan|‹ Previous|Clear", Rows(second));
        Assert.Contains("(page 2 of 2)", second["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(list["messageId"]!.GetValue<int>(), int.Parse(second["message_id"]!.ToString(), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Rows(list["message"]!), Rows(first));
        Assert.Equal(2, (await user.WaitForAnsweredCallbacksAsync(2)).Count);
        await user.AssertNoMoreBotMessagesAsync(TimeSpan.FromMilliseconds(300));
    }

    [Fact]
    public async Task CountryYearChosen_AnswersLedByItAndFromThatReport_NewClearsIt()
    {
        const string token = "2202:country-year";
        await using var host = await StartAsync(token);
        using var user = EmulatorUser.Create(emulator, token, userId: 2202);

        var (list, years) = await OpenYearsAsync(user, "/country kaz", "Kazakhstan");
        Assert.Equal("Kazakhstan|Clear", Rows(list["message"]!));
        Assert.Equal("Latest report|2024,2023,2022,2016|‹ Countries,Clear", Rows(years));
        await user.PressButtonAsync(list, Data(years, "2016"));
        var chosen = await WaitForEditAsync(user, 2);
        var scoped = await ConversationTests.AskAsync(user, UnscopedQuestion);
        await ConversationTests.AskAsync(user, "/new");
        var unscoped = await ConversationTests.AskAsync(user, UnscopedQuestion);

        Assert.StartsWith("<b>Country: Kazakhstan · 2016</b>", chosen["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(chosen["reply_markup"]);
        var notices = (await user.WaitForAnsweredCallbacksAsync(2)).Select(c => c!["text"]?.GetValue<string>()).ToList();
        Assert.Equal([null, "Country: Kazakhstan · 2016"], notices);
        Assert.StartsWith("<i>Country: Kazakhstan · 2016</i>\n\n", PollingModeTests.Text(scoped), StringComparison.Ordinal);
        Assert.All(ConversationTests.SourceReports(scoped), r => Assert.Equal("Kazakhstan 2016", r));
        Assert.Contains("600 torture complaints", PollingModeTests.Text(scoped), StringComparison.Ordinal);
        Assert.DoesNotContain("Country:", PollingModeTests.Text(unscoped), StringComparison.Ordinal);
        Assert.NotEqual(ConversationTests.SourceReports(scoped), ConversationTests.SourceReports(unscoped));
    }

    [Fact]
    public async Task LatestReportChosen_AnswersFromTheNewestReport()
    {
        const string token = "2203:country-latest";
        await using var host = await StartAsync(token);
        using var user = EmulatorUser.Create(emulator, token, userId: 2203);

        var (list, years) = await OpenYearsAsync(user, "/country KAZAKH", "Kazakhstan");
        await user.PressButtonAsync(list, Data(years, "Latest report"));
        await WaitForEditAsync(user, 2);
        var answer = await ConversationTests.AskAsync(user, UnscopedQuestion);

        // Asked across every report, this question cites Kazakhstan 2024, 2016 and 2022.
        Assert.StartsWith("<i>Country: Kazakhstan · latest report</i>\n\nIn the 2024 report: ", PollingModeTests.Text(answer), StringComparison.Ordinal);
        Assert.NotEmpty(ConversationTests.SourceReports(answer));
        Assert.All(ConversationTests.SourceReports(answer), r => Assert.Equal("Kazakhstan 2024", r));
    }

    [Fact]
    public async Task CountryCommand_NarrowedByAFewLetters_OnlyTheMatchingCountries()
    {
        const string token = "2204:country-narrow";
        await using var host = await StartAsync(token);
        using var user = EmulatorUser.Create(emulator, token, userId: 2204);

        var k = await ConversationTests.AskAsync(user, "/country k");
        var none = await ConversationTests.AskAsync(user, "/country atlantis");
        var otherName = await ConversationTests.AskAsync(user, "/country Kyrgyzstan");

        Assert.Equal("Kazakhstan,Kenya|Kyrgyz Republic,Ukraine|Uzbekistan|Clear", Rows(k["message"]!));
        Assert.Equal("Kyrgyz Republic|Clear", Rows(otherName["message"]!));
        Assert.StartsWith("<b>Countries matching “k”</b>", PollingModeTests.Text(k), StringComparison.Ordinal);
        Assert.Equal("No country of the reports matches “atlantis”. /country lists them all.", PollingModeTests.Text(none));
    }

    [Theory]
    [InlineData("cc:000000:0")]
    [InlineData("cy:000000:6:2016")]
    [InlineData("cp:000000:1:")]
    public async Task StaleButton_AnsweredOutOfDateNothingEdited(string data)
    {
        var token = "2205:country-stale-" + data[..2];
        await using var host = await StartAsync(token);
        using var user = EmulatorUser.Create(emulator, token, userId: 2205);
        var list = await ConversationTests.AskAsync(user, "/country");

        await user.PressButtonAsync(list, data);

        var answered = Assert.Single(await user.WaitForAnsweredCallbacksAsync(1));
        Assert.Equal("This list is out of date; send /country again.", answered!["text"]!.GetValue<string>());
        Assert.Empty(await user.BotEditsAsync());
    }

    // The picker speaks the Telegram language of whoever sends /country or presses its buttons; the countries keep
    // the reports' names, and an answer under the choice is led by it in the same language.
    [Fact]
    public async Task CountryPicker_RussianTelegram_ListYearsChoiceAndNoticesInRussian()
    {
        const string token = "2206:country-russian";
        await using var host = await StartAsync(token);
        using var user = EmulatorUser.Create(emulator, token, userId: 2206, languageCode: "ru");

        var list = await ConversationTests.AskAsync(user, "/country");
        Assert.Equal("Afghanistan,Brazil|Colombia,Germany|India,Japan|Kazakhstan,Kenya|Далее ›|Сбросить", Rows(list["message"]!));
        Assert.StartsWith("<b>Выберите страну</b> (страница 1 из 2)\nСейчас ничего не выбрано.", PollingModeTests.Text(list), StringComparison.Ordinal);

        await user.PressButtonAsync(list, Data(list["message"]!, "Kazakhstan"));
        var years = await WaitForEditAsync(user, 1);
        await user.PressButtonAsync(list, Data(years, "2016"));
        var chosen = await WaitForEditAsync(user, 2);
        var answer = await ConversationTests.AskAsync(user, UnscopedQuestion);

        Assert.Equal("Последний доклад|2024,2023,2022,2016|‹ Страны,Сбросить", Rows(years));
        Assert.StartsWith("<b>Kazakhstan</b>: какой доклад?", years["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(
            "<b>Страна: Kazakhstan · 2016</b>\nНа вопросы, где страна не названа, я отвечаю по этому докладу. Изменить выбор — /country, забыть — /new.",
            chosen["text"]!.GetValue<string>());
        var notices = (await user.WaitForAnsweredCallbacksAsync(2)).Select(c => c!["text"]?.GetValue<string>()).ToList();
        Assert.Equal([null, "Страна: Kazakhstan · 2016"], notices);
        Assert.StartsWith("<i>Страна: Kazakhstan · 2016</i>\n\n", PollingModeTests.Text(answer), StringComparison.Ordinal);
        Assert.All(ConversationTests.SourceReports(answer), r => Assert.Equal("Kazakhstan 2016", r));
    }

    [Fact]
    public async Task CountryPicker_KazakhTelegram_NoMatchStaleButtonAndClearInKazakh()
    {
        const string token = "2207:country-kazakh";
        await using var host = await StartAsync(token);
        using var user = EmulatorUser.Create(emulator, token, userId: 2207, languageCode: "kk");

        var none = await ConversationTests.AskAsync(user, "/country atlantis");
        var list = await ConversationTests.AskAsync(user, "/country kaz");
        await user.PressButtonAsync(list, "cc:000000:0");
        await user.WaitForAnsweredCallbacksAsync(1);
        await user.PressButtonAsync(list, Data(list["message"]!, "Тазалау"));
        var cleared = await WaitForEditAsync(user, 1);

        Assert.Equal("Баяндамалардағы бірде-бір ел «atlantis» сұрауына сәйкес келмейді. Толық тізім — /country.", PollingModeTests.Text(none));
        Assert.StartsWith("<b>Атауында «kaz» бар елдер</b>\nҚазір ештеңе таңдалмаған.", PollingModeTests.Text(list), StringComparison.Ordinal);
        var notices = (await user.WaitForAnsweredCallbacksAsync(2)).Select(c => c!["text"]?.GetValue<string>()).ToList();
        Assert.Equal(["Бұл тізім ескірген — /country командасын қайта жіберіңіз.", "Ел таңдауы тазаланды."], notices);
        Assert.StartsWith("<b>Ел таңдалмаған</b>\n", cleared["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_statePath))
        {
            Directory.Delete(_statePath, recursive: true);
        }
    }

    // Sends the command and presses the country's button: the list message, and its edit that shows the years.
    private static async Task<(JsonObject List, JsonObject Years)> OpenYearsAsync(EmulatorUser user, string command, string country)
    {
        var list = await ConversationTests.AskAsync(user, command);
        await user.PressButtonAsync(list, Data(list["message"]!, country));
        return (list, await WaitForEditAsync(user, 1));
    }

    // The bot's count-th edit under this token (the picker's pages and views), once it is there.
    private static async Task<JsonObject> WaitForEditAsync(EmulatorUser user, int count)
    {
        var edits = await user.WaitForBotEditsAsync(count);
        Assert.True(edits.Count >= count, $"expected {count} edits, got {edits.Count}");
        return edits[count - 1]!.AsObject();
    }

    private static IEnumerable<JsonNode> Buttons(JsonNode message)
        => message["reply_markup"]!["inline_keyboard"]!.AsArray().SelectMany(r => r!.AsArray()).Select(b => b!);

    private static string Data(JsonNode message, string text)
        => Buttons(message).Single(b => b["text"]!.GetValue<string>() == text)["callback_data"]!.GetValue<string>();

    private static string Rows(JsonNode message)
        => string.Join('|', message["reply_markup"]!["inline_keyboard"]!.AsArray()
            .Select(r => string.Join(',', r!.AsArray().Select(b => b!["text"]!.GetValue<string>()))));

    private Task<BotHost> StartAsync(string token) => BotHost.StartAsync(PollingModeTests.PollingSettings(emulator, token, _statePath));
}
