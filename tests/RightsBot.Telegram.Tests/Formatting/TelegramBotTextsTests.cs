using RightsBot.Core.Answering;
using RightsBot.Core.Conversation;
using RightsBot.Telegram.Conversations;
using RightsBot.Telegram.Formatting;

namespace RightsBot.Telegram.Tests.Formatting;

public sealed class TelegramBotTextsTests
{
    private static readonly ReportInfo[] Reports =
    [
        new("Bosnia & Herzegovina", 2016, "t", 10),
        new("Kazakhstan", 2016, "t", 10),
        new("Kazakhstan", 2023, "t", 10),
    ];

    public static TheoryData<string> SharedHelpWords => new()
    {
        BotTexts.English.HowToAsk, BotTexts.English.AnswerSources, BotTexts.English.FullParagraph, BotTexts.English.AskCommand, BotTexts.English.SourcesCommand,
        BotTexts.English.AboutCommand, BotTexts.English.HelpCommand, BotTexts.English.NewCommand, BotTexts.English.CompareCommand, BotTexts.English.FollowUps,
    };

    [Theory]
    [MemberData(nameof(SharedHelpWords))]
    public void Help_AnyBot_CarriesTheSharedWordsEscaped(string words)
        => Assert.Contains(TelegramHtml.Escape(words), TelegramBotTexts.Help("RightsTestBot", BotTexts.English), StringComparison.Ordinal);

    [Theory]
    [InlineData("/ask &lt;question&gt; — ask a question")]
    [InlineData("mention @Rights_Bot")]
    [InlineData("<b>Full paragraph [n]</b> shows the whole paragraph behind source [n]")]
    public void Help_AnyBot_TelegramCommandsAndMarkup(string expected)
        => Assert.Contains(expected, TelegramBotTexts.Help("Rights_Bot", BotTexts.English), StringComparison.Ordinal);

    [Theory]
    [InlineData("/compare &lt;question&gt; — compare a country's reports across years, or countries on one topic")]
    [InlineData("/country — choose the country (and year) your questions are about")]
    [InlineData("/new — forget the previous question and the chosen country")]
    [InlineData("<b>Follow-ups</b>\nFollow up with &quot;and in 2019?&quot;")]
    [InlineData("a reply to an answer follows up on it")]
    public void Help_AnyBot_ConversationCommandsAndFollowUps(string expected)
        => Assert.Contains(expected, TelegramBotTexts.Help("Rights_Bot", BotTexts.English), StringComparison.Ordinal);

    [Theory]
    [InlineData("Kazakhstan", null, "Country: Kazakhstan · latest report")]
    [InlineData("Kazakhstan", 2016, "Country: Kazakhstan · 2016")]
    [InlineData("Kyrgyz Republic", 2016, "Country: Kyrgyz Republic · 2016")]
    public void ChoiceLine_Choice_CountryAndYearOrLatest(string country, int? year, string expected)
        => Assert.Equal(expected, TelegramBotTexts.ChoiceLine(new ChatChoice(country, year), BotTexts.English));

    [Fact]
    public void Sources_Reports_BoldSharedHeadingThenOneEscapedLineACountry()
        => Assert.Equal(
            "<b>Reports I answer from (3)</b>\n• Bosnia &amp; Herzegovina: 2016\n• Kazakhstan: 2016, 2023",
            TelegramBotTexts.Sources(Reports, BotTexts.English));

    [Fact]
    public void Sources_NoReports_SaysSo()
        => Assert.Equal(ReportListing.NoReports(BotTexts.English), TelegramBotTexts.Sources([], BotTexts.English));

    [Fact]
    public void Start_Reports_SharedPurposeAndSummaryEscaped()
    {
        var start = TelegramBotTexts.Start(Reports, "RightsTestBot", BotTexts.English);

        Assert.StartsWith("Hi! " + TelegramHtml.Escape(BotTexts.English.Purpose), start, StringComparison.Ordinal);
        Assert.Contains("I know 3 reports: Bosnia &amp; Herzegovina (2016), Kazakhstan (2016, 2023). /sources", start, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("purpose")]
    [InlineData("honesty")]
    [InlineData("privacy")]
    public void About_Always_TheSharedSentences(string key)
        => Assert.Contains(TelegramHtml.Escape(BotTexts.English[key]), TelegramBotTexts.About(BotTexts.English), StringComparison.Ordinal);
}
