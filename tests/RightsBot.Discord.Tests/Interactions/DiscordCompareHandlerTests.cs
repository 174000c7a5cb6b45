using RightsBot.Core.Conversation;
using RightsBot.Discord.Formatting;
using RightsBot.Discord.Interactions;
using RightsBot.Discord.Tests.TestSupport;

namespace RightsBot.Discord.Tests.Interactions;

public sealed class DiscordCompareHandlerTests : IAsyncLifetime
{
    private readonly FakeQuestionAnswerer _answerer = new() { Respond = (_, _) => Task.FromResult(TestAnswers.KazakhstanComparison) };
    private DiscordTestHost _host = null!;

    public async Task InitializeAsync() => _host = await DiscordTestHost.StartAsync(_answerer, "http://127.0.0.1:9/api/v10");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData(2016, 2024)]
    [InlineData(2024, 2016)]
    public async Task Compare_FromAndTo_AsksAComparisonOfThoseYearsOldestFirst(int from, int to)
    {
        await _host.InteractAsync(InteractionPayloads.Compare("torture complaints", "Kazakhstan", from, to));

        var asked = Assert.Single(_answerer.Questions);
        Assert.Equal(("torture complaints", "Kazakhstan", (int?)null, true), (asked.Text, asked.Country, asked.Year, asked.Compare));
        Assert.Equal([2016, 2024], asked.Years);
    }

    [Fact]
    public async Task Compare_NoYears_AsksTheCountryAcrossItsYears()
    {
        await _host.InteractAsync(InteractionPayloads.Compare("how did torture complaints change?", "Kazakhstan"));

        var asked = Assert.Single(_answerer.Questions);
        Assert.True(asked.Compare);
        Assert.Null(asked.Years);
    }

    [Fact]
    public async Task Compare_Answer_OneLinePerReportWithTheYearMenuAndLatestButton()
    {
        var response = await _host.InteractAsync(InteractionPayloads.Compare("torture complaints", "Kazakhstan", 2016, 2024));

        var data = response["data"]!;
        var lines = ((string)data["embeds"]![0]!["description"]!).Split('\n');
        Assert.Equal(["**Kazakhstan 2016:** The prosecutor general registered 600 torture complaints on average per year. [1]", "**Kazakhstan 2024:** The 2024 report does not discuss this."], lines);
        Assert.Equal(["2024", "2016"], ResponseComponents.YearOptions(data));
        Assert.Null(ResponseComponents.LatestButton(data)["disabled"]);
    }

    [Theory]
    [InlineData(2016, null, "discord-compare-one-year")]
    [InlineData(null, 2024, "discord-compare-one-year")]
    [InlineData(2016, 2016, "discord-compare-same-year")]
    public async Task Compare_OneYearOrTheSameTwice_SaysWhatToChooseAndAsksNothing(int? from, int? to, string expected)
    {
        var response = await _host.InteractAsync(InteractionPayloads.Compare("torture complaints", "Kazakhstan", from, to));

        Assert.Equal(64, (int)response["data"]!["flags"]!);
        Assert.Equal(DiscordInfoFormatter.Words(BotTexts.English, expected), (string)response["data"]!["content"]!);
        Assert.StartsWith(expected == "discord-compare-one-year" ? "Choose both `from` and `to`" : "`from` and `to` are the same year", (string)response["data"]!["content"]!, StringComparison.Ordinal);
        Assert.Empty(_answerer.Questions);
    }

    [Fact]
    public async Task Compare_OneYearFromARussianClient_SaysWhatToChooseInRussian()
    {
        var response = await _host.InteractAsync(InteractionPayloads.WithLocale(InteractionPayloads.Compare("torture complaints", "Kazakhstan", 2016), "ru"));

        Assert.Equal(
            "Чтобы сравнить два года, укажите и `from`, и `to`; чтобы сравнить доклады страны за разные годы, не указывайте ни то, ни другое.",
            (string)response["data"]!["content"]!);
        Assert.Empty(_answerer.Questions);
    }

    [Fact]
    public async Task Compare_EmptyQuestion_TheCoresPreCheckWords()
    {
        var response = await _host.InteractAsync(InteractionPayloads.Compare("?!", "Kazakhstan", 2016, 2024));

        Assert.Equal(RightsBot.Core.Answering.QuestionValidator.Validate("?!", 500), (string)response["data"]!["content"]!);
        Assert.Empty(_answerer.Questions);
    }
}
