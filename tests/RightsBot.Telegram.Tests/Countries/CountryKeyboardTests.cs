using System.Text;
using RightsBot.Core.Answering;
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

    [Theory]
    [InlineData(0, "Afghanistan,Brazil|Colombia,Germany|India,Japan|Kazakhstan,Kenya|Next ›|Clear", "(page 1 of 2)")]
    [InlineData(1, "Kyrgyz Republic,Mexico|Nigeria,Ukraine|Uzbekistan|‹ Previous|Clear", "(page 2 of 2)")]
    public void List_APage_TwoCountriesARowThenPagingThenClear(int page, string rows, string pageNote)
    {
        var reply = CountryKeyboard.List(Catalog, All, page, string.Empty, null);

        Assert.Equal(rows, Rows(reply.Keyboard!));
        Assert.StartsWith("<b>Choose a country</b> " + pageNote + "\nChosen now: none.", reply.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void List_ButtonsData_EachWithinTheLimitAndNamingItsCountry()
    {
        var buttons = CountryKeyboard.List(Catalog, All, 0, string.Empty, null).Keyboard!.InlineKeyboard.SelectMany(r => r).ToList();

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
        var reply = CountryKeyboard.List(Catalog, matches, 0, "k", new ChatChoice("Kenya", null));

        Assert.Equal("Kazakhstan,Kenya|Kyrgyz Republic,Ukraine|Uzbekistan|Clear", Rows(reply.Keyboard!));
        Assert.StartsWith("<b>Countries matching “k”</b>\nChosen now: Kenya · latest report.", reply.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;", CountryKeyboard.List(Catalog, All, 0, "<b>", null).Html, StringComparison.Ordinal);
    }

    [Fact]
    public void List_PageButtonsOfANarrowedList_CarryTheWords()
    {
        var matches = Catalog.Matching("a");
        var reply = CountryKeyboard.List(Catalog, matches, 0, "a", null);
        var next = reply.Keyboard!.InlineKeyboard.SelectMany(r => r).Single(b => b.Text == "Next ›");

        Assert.True(CountryCallback.TryParse(next.CallbackData, out var pressed));
        Assert.Equal("a", pressed.Filter);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    public void List_PageOutOfRange_Throws(int page)
        => Assert.Throws<ArgumentOutOfRangeException>(() => CountryKeyboard.List(Catalog, All, page, string.Empty, null));

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

        var reply = CountryKeyboard.Years(Catalog, index, new ChatChoice("Kazakhstan", 2016));

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
        var reply = CountryKeyboard.Chosen(new ChatChoice("Kazakhstan", year));

        Assert.StartsWith(firstLine + "\n", reply.Html, StringComparison.Ordinal);
        Assert.Null(reply.Keyboard);
    }

    private static string Rows(InlineKeyboardMarkup keyboard)
        => string.Join('|', keyboard.InlineKeyboard.Select(row => string.Join(',', row.Select(b => b.Text))));
}
