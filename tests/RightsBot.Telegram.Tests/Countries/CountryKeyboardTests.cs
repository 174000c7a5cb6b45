using System.Text;
using RightsBot.Core.Answering;
using RightsBot.Core.Conversation;
using RightsBot.Core.Languages;
using RightsBot.Telegram.Conversations;
using RightsBot.Telegram.Countries;
using RightsBot.Telegram.Formatting;
using Telegram.Bot.Types.ReplyMarkups;

namespace RightsBot.Telegram.Tests.Countries;

public sealed class CountryKeyboardTests
{
    // The shipped corpus's 13 countries: two pages of eight.
    private static readonly CountryCatalog Catalog = CountryCatalog.From(
        new[] { "Afghanistan", "Brazil", "Colombia", "Germany", "India", "Japan", "Kenya", "Kyrgyz Republic", "Mexico", "Nigeria", "Ukraine", "Uzbekistan" }
            .Select(c => new ReportInfo(c, 2020, c, 1))
            .Concat(new[] { 2016, 2022, 2023, 2024 }.Select(y => new ReportInfo("Kazakhstan", y, "Kazakhstan", 1))));

    private static readonly IReadOnlyList<int> All = Catalog.Matching(string.Empty);

    private static readonly BotTexts En = BotTexts.English;

    [Theory]
    [InlineData(0, "Afghanistan,Brazil|Colombia,Germany|India,Japan|Kazakhstan,Kenya|Next ›|Clear", "(page 1 of 2)")]
    [InlineData(1, "Kyrgyz Republic,Mexico|Nigeria,Ukraine|Uzbekistan|‹ Previous|Clear", "(page 2 of 2)")]
    public void List_APage_TwoCountriesARowThenPagingThenClear(int page, string rows, string pageNote)
    {
        var reply = CountryKeyboard.List(Catalog, All, page, string.Empty, null, En);

        Assert.Equal(rows, Rows(reply.Keyboard!));
        Assert.StartsWith("<b>Choose a country</b> " + pageNote + "\nChosen now: none.", reply.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void List_ButtonsData_EachWithinTheLimitAndNamingItsCountry()
    {
        var buttons = CountryKeyboard.List(Catalog, All, 0, string.Empty, null, En).Keyboard!.InlineKeyboard.SelectMany(r => r).ToList();

        Assert.All(buttons, b => Assert.InRange(Encoding.UTF8.GetByteCount(b.CallbackData!), 2, CallbackData.MaxBytes));
        var kazakhstan = buttons.Single(b => b.Text == "Kazakhstan");
        Assert.True(CountryCallback.TryParse(kazakhstan.CallbackData, out var pressed));
        Assert.Equal(CountryCallbackKind.Country, pressed.Kind);
        Assert.Equal("Kazakhstan", Catalog.Countries[pressed.Index].Name);
        Assert.True(CountryCallback.TryParse(buttons.Single(b => b.Text == "Next ›").CallbackData, out var next));
        Assert.Equal((CountryCallbackKind.Page, 1, Catalog.Version), (next.Kind, next.Page, next.Version));
    }

    [Fact]
    public void List_NarrowedToOnePage_NoPagingTheWordsShownEscapedAndKeptInPageButtons()
    {
        var matches = Catalog.Matching("k");
        var reply = CountryKeyboard.List(Catalog, matches, 0, "k", new ChatChoice("Kenya", null), En);

        Assert.Equal("Kazakhstan,Kenya|Kyrgyz Republic,Ukraine|Uzbekistan|Clear", Rows(reply.Keyboard!));
        Assert.StartsWith("<b>Countries matching “k”</b>\nChosen now: Kenya · latest report.", reply.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;", CountryKeyboard.List(Catalog, All, 0, "<b>", null, En).Html, StringComparison.Ordinal);
    }

    [Fact]
    public void List_PageButtonsOfANarrowedList_CarryTheWords()
    {
        var matches = Catalog.Matching("a");
        var reply = CountryKeyboard.List(Catalog, matches, 0, "a", null, En);
        var next = reply.Keyboard!.InlineKeyboard.SelectMany(r => r).Single(b => b.Text == "Next ›");

        Assert.True(CountryCallback.TryParse(next.CallbackData, out var pressed));
        Assert.Equal("a", pressed.Filter);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    public void List_PageOutOfRange_Throws(int page)
        => Assert.Throws<ArgumentOutOfRangeException>(() => CountryKeyboard.List(Catalog, All, page, string.Empty, null, En));

    [Theory]
    [InlineData(0, 1)]
    [InlineData(8, 1)]
    [InlineData(9, 2)]
    [InlineData(16, 2)]
    [InlineData(17, 3)]
    public void PageCount_Matches_EightAPage(int matches, int pages)
        => Assert.Equal(pages, CountryKeyboard.PageCount(matches));

    [Fact]
    public void Years_Kazakhstan_LatestReportThenYearsLatestFirstThenBackAndClear()
    {
        var index = Catalog.Countries.ToList().FindIndex(c => c.Name == "Kazakhstan");

        var reply = CountryKeyboard.Years(Catalog, index, new ChatChoice("Kazakhstan", 2016), En);

        Assert.Equal("Latest report|2024,2023,2022,2016|‹ Countries,Clear", Rows(reply.Keyboard!));
        Assert.StartsWith("<b>Kazakhstan</b>: which report?\nChosen now: Kazakhstan · 2016.", reply.Html, StringComparison.Ordinal);
        var data = reply.Keyboard!.InlineKeyboard.SelectMany(r => r).Select(b => b.CallbackData!).ToList();
        Assert.Equal(CountryCallback.ForLatest(Catalog.Version, index).Data, data[0]);
        Assert.Equal(CountryCallback.ForYear(Catalog.Version, index, 2016).Data, data[4]);
        Assert.Equal(CountryCallback.ForPage(Catalog.Version, index / CountryKeyboard.PerPage, string.Empty).Data, data[5]);
    }

    [Theory]
    [InlineData(null, "<b>Country: Kazakhstan · latest report</b>")]
    [InlineData(2016, "<b>Country: Kazakhstan · 2016</b>")]
    public void Chosen_AChoice_SaysItWithoutButtons(int? year, string firstLine)
    {
        var reply = CountryKeyboard.Chosen(new ChatChoice("Kazakhstan", year), En);

        Assert.StartsWith(firstLine + "\n", reply.Html, StringComparison.Ordinal);
        Assert.Null(reply.Keyboard);
    }

    // The picker in the user's language; the countries keep the reports' English names.
    [Theory]
    [InlineData(Language.Russian, "Afghanistan,Brazil|Colombia,Germany|India,Japan|Kazakhstan,Kenya|Далее ›|Сбросить",
        "<b>Выберите страну</b> (страница 1 из 2)\nСейчас выбрано: Kazakhstan · последний доклад.\nНа вопросы, где страна не названа, я отвечаю по докладам выбранной страны.")]
    [InlineData(Language.Kazakh, "Afghanistan,Brazil|Colombia,Germany|India,Japan|Kazakhstan,Kenya|Келесі ›|Тазалау",
        "<b>Елді таңдаңыз</b> (1-бет, барлығы 2)\nҚазір таңдалғаны: Kazakhstan · соңғы баяндама.\nЕл аталмаған сұрақтарға таңдалған елдің баяндамалары бойынша жауап беремін.")]
    public void List_RussianOrKazakh_HeadingNoteAndButtonsInItCountriesAsTheReportsName(Language language, string rows, string html)
    {
        var reply = CountryKeyboard.List(Catalog, All, 0, string.Empty, new ChatChoice("Kazakhstan", null), BotTexts.For(language));

        Assert.Equal(rows, Rows(reply.Keyboard!));
        Assert.Equal(html, reply.Html);
    }

    [Theory]
    [InlineData(Language.Russian, "Последний доклад|2024,2023,2022,2016|‹ Страны,Сбросить", "<b>Kazakhstan</b>: какой доклад?\nСейчас ничего не выбрано.\nКнопка «Последний доклад» переключается")]
    [InlineData(Language.Kazakh, "Соңғы баяндама|2024,2023,2022,2016|‹ Елдер,Тазалау", "<b>Kazakhstan</b>: қай баяндама?\nҚазір ештеңе таңдалмаған.\n«Соңғы баяндама» батырмасы")]
    public void Years_RussianOrKazakh_ButtonsAndNoteInIt(Language language, string rows, string start)
    {
        var index = Catalog.Countries.ToList().FindIndex(c => c.Name == "Kazakhstan");

        var reply = CountryKeyboard.Years(Catalog, index, null, BotTexts.For(language));

        Assert.Equal(rows, Rows(reply.Keyboard!));
        Assert.StartsWith(start, reply.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.Russian, "<b>Страна: Kazakhstan · 2016</b>\nНа вопросы, где страна не названа, я отвечаю по этому докладу. Изменить выбор — /country, забыть — /new.",
        "<b>Страна не выбрана</b>\nНа вопросы, где страна не названа, я отвечаю по всем докладам. Выбрать страну — /country.")]
    [InlineData(Language.Kazakh, "<b>Ел: Kazakhstan · 2016</b>\nЕл аталмаған сұрақтарға осы баяндама бойынша жауап беремін. Таңдауды өзгерту — /country, ұмыту — /new.",
        "<b>Ел таңдалмаған</b>\nЕл аталмаған сұрақтарға барлық баяндамалар бойынша жауап беремін. Елді таңдау — /country.")]
    public void ChosenAndCleared_RussianOrKazakh_SayItInIt(Language language, string chosen, string cleared)
    {
        Assert.Equal(chosen, CountryKeyboard.Chosen(new ChatChoice("Kazakhstan", 2016), BotTexts.For(language)).Html);
        Assert.Equal(cleared, CountryKeyboard.Cleared(BotTexts.For(language)).Html);
    }

    private static string Rows(InlineKeyboardMarkup keyboard)
        => string.Join('|', keyboard.InlineKeyboard.Select(row => string.Join(',', row.Select(b => b.Text))));
}
