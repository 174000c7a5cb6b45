using System.Text.Json.Nodes;
using RightsBot.Core.Answering;
using RightsBot.Discord.Tests.TestSupport;

namespace RightsBot.Discord.Tests.Interactions;

public sealed class DiscordInteractionHandlerTests : IAsyncLifetime
{
    private readonly FakeQuestionAnswerer _answerer = new();
    private DiscordTestHost _host = null!;

    public async Task InitializeAsync() => _host = await DiscordTestHost.StartAsync(_answerer, "http://127.0.0.1:9/api/v10");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task HandleAsync_AskKazakhstan2016_AnswersAtOnceWithEmbedCitingTheReport()
    {
        var response = await _host.InteractAsync(InteractionPayloads.Ask(TestAnswers.TortureQuestion, "Kazakhstan", 2016));

        Assert.Equal(4, (int)response["type"]!);
        var data = response["data"]!;
        var embed = data["embeds"]![0]!;
        Assert.Equal(TestAnswers.TortureQuestion, (string)embed["title"]!);
        Assert.Contains("600 torture complaints on average per year", (string)embed["description"]!, StringComparison.Ordinal);
        Assert.Contains("[1]", (string)embed["description"]!, StringComparison.Ordinal);
        var field = embed["fields"]![0]!;
        Assert.Equal("[1] Kazakhstan 2016", (string)field["name"]!);
        Assert.Contains("c. Torture", (string)field["value"]!, StringComparison.Ordinal);
        Assert.Empty(data["allowed_mentions"]!["parse"]!.AsArray());
        Assert.Null(data["flags"]);

        var question = Assert.Single(_answerer.Questions);
        Assert.Equal(new Question(TestAnswers.TortureQuestion, "Kazakhstan", 2016) { UserLanguage = Core.Languages.Language.English }, question);
    }

    [Fact]
    public async Task HandleAsync_AskPrivate_AnswersEphemerally()
    {
        var response = await _host.InteractAsync(InteractionPayloads.Ask(TestAnswers.TortureQuestion, isPrivate: true));

        Assert.Equal(4, (int)response["type"]!);
        Assert.Equal(64, (int)response["data"]!["flags"]!);
        Assert.NotNull(response["data"]!["embeds"]);
    }

    [Fact]
    public async Task HandleAsync_AskWithoutFilters_PassesNoCountryOrYear()
    {
        await _host.InteractAsync(InteractionPayloads.Ask("  what about prison conditions?  "));

        Assert.Equal(new Question("what about prison conditions?") { UserLanguage = Core.Languages.Language.English }, Assert.Single(_answerer.Questions));
    }

    [Fact]
    public async Task HandleAsync_ParagraphButtonFromAnswer_ReturnsThePassageEphemerally()
    {
        var answer = await _host.InteractAsync(InteractionPayloads.Ask(TestAnswers.TortureQuestion, "Kazakhstan", 2016));
        var button = answer["data"]!["components"]![0]!["components"]![0]!;
        Assert.Equal(2, (int)button["type"]!);
        Assert.Equal("Paragraph [1]", (string)button["label"]!);

        var response = await _host.InteractAsync(InteractionPayloads.Button((string)button["custom_id"]!));

        Assert.Equal(4, (int)response["type"]!);
        Assert.Equal(64, (int)response["data"]!["flags"]!);
        var embed = response["data"]!["embeds"]![0]!;
        Assert.Equal("[1] Kazakhstan 2016", (string)embed["title"]!);
        Assert.Contains("registered 600 torture complaints on average per year", (string)embed["description"]!, StringComparison.Ordinal);
        Assert.Contains("Penal Reform International", (string)embed["description"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_ButtonForUnknownPassage_SaysItIsGone()
    {
        var response = await _host.InteractAsync(InteractionPayloads.Button("rb:passage:2:no-such-passage"));

        Assert.Equal(64, (int)response["data"]!["flags"]!);
        Assert.Contains("no longer", (string)response["data"]!["content"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_AutocompleteCountry_SuggestsMatchingCorpusCountries()
    {
        var response = await _host.InteractAsync(InteractionPayloads.AutocompleteCountry("ka"));

        Assert.Equal(8, (int)response["type"]!);
        var choices = response["data"]!["choices"]!.AsArray().Select(c => ((string)c!["name"]!, (string)c["value"]!)).ToList();
        Assert.Equal([("Kazakhstan", "Kazakhstan")], choices);
    }

    [Fact]
    public async Task HandleAsync_AutocompleteEmptyCountry_SuggestsEveryCountryOnce()
    {
        var response = await _host.InteractAsync(InteractionPayloads.AutocompleteCountry(string.Empty));

        var names = response["data"]!["choices"]!.AsArray().Select(c => (string)c!["name"]!).ToList();
        Assert.Equal(["Brazil", "Kazakhstan", "Kenya", "Mexico"], names);
    }

    [Fact]
    public async Task HandleAsync_Sources_ListsReportsEphemerally()
    {
        var response = await _host.InteractAsync(InteractionPayloads.Command("sources"));

        Assert.Equal(64, (int)response["data"]!["flags"]!);
        var description = (string)response["data"]!["embeds"]![0]!["description"]!;
        Assert.Equal("• Brazil: 2016\n• Kazakhstan: 2016, 2024\n• Kenya: 2023\n• Mexico: 2016", description);
    }

    [Fact]
    public async Task HandleAsync_Help_ExplainsTheCommands()
    {
        var response = await _host.InteractAsync(InteractionPayloads.Command("help"));

        var description = (string)response["data"]!["embeds"]![0]!["description"]!;
        Assert.Contains("/ask", description, StringComparison.Ordinal);
        Assert.Contains("/sources", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_UnknownCommand_RepliesPolitelyAndPrivately()
    {
        var response = await _host.InteractAsync(InteractionPayloads.Command("launch"));

        Assert.Equal(4, (int)response["type"]!);
        Assert.Equal(64, (int)response["data"]!["flags"]!);
        Assert.Contains("/help", (string)response["data"]!["content"]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(42)]
    public async Task HandleAsync_UnknownInteractionType_RepliesPolitelyAndPrivately(int type)
    {
        var response = await _host.InteractAsync(InteractionPayloads.OfType(type));

        Assert.Equal(4, (int)response["type"]!);
        Assert.Equal(64, (int)response["data"]!["flags"]!);
        Assert.Contains("can't handle", (string)response["data"]!["content"]!, StringComparison.Ordinal);
    }

    // A Discord client in Russian: help, the report list and every notice that answers no question are in Russian.
    [Fact]
    public async Task HandleAsync_RussianClient_HelpSourcesAndNoticesInRussian()
    {
        Task<JsonNode> InRussianAsync(string payload) => _host.InteractAsync(InteractionPayloads.WithLocale(payload, "ru"));

        var help = await InRussianAsync(InteractionPayloads.Command("help"));
        var sources = await InRussianAsync(InteractionPayloads.Command("sources"));
        var unknown = await InRussianAsync(InteractionPayloads.Command("launch"));
        var unsupported = await InRussianAsync(InteractionPayloads.OfType(5));
        var gone = await InRussianAsync(InteractionPayloads.Button("rb:passage:2:no-such-passage"));

        var helpEmbed = help["data"]!["embeds"]![0]!;
        Assert.StartsWith("RightsBot отвечает на вопросы", (string)helpEmbed["description"]!, StringComparison.Ordinal);
        Assert.Contains("**/settings** — страна сервера по умолчанию", (string)helpEmbed["description"]!, StringComparison.Ordinal);
        var sourcesEmbed = sources["data"]!["embeds"]![0]!;
        Assert.Equal("Доклады, по которым я отвечаю (5)", (string)sourcesEmbed["title"]!);
        Assert.Contains("• Kazakhstan: 2016, 2024", (string)sourcesEmbed["description"]!, StringComparison.Ordinal);
        Assert.Equal("Такой команды я не знаю. Попробуйте `/help`.", (string)unknown["data"]!["content"]!);
        Assert.Equal("Извините, такое действие я не поддерживаю. Попробуйте `/help`.", (string)unsupported["data"]!["content"]!);
        Assert.Equal("Этого абзаца больше нет в загруженных докладах. Спросите ещё раз, чтобы получить свежие источники.", (string)gone["data"]!["content"]!);
        Assert.All(new[] { help, sources, unknown, unsupported, gone }, r => Assert.Equal(64, (int)r["data"]!["flags"]!));
    }

    [Fact]
    public async Task HandleAsync_AskWithoutQuestion_AsksForOneAndCallsNoCore()
    {
        var response = await _host.InteractAsync(InteractionPayloads.Command("ask", ("year", 4, 2016)));

        Assert.Equal(64, (int)response["data"]!["flags"]!);
        Assert.Equal(QuestionValidator.Validate(null, 500), (string)response["data"]!["content"]!);
        Assert.Empty(_answerer.Questions);
    }

    [Theory]
    [InlineData("?!?!")]
    [InlineData("   ")]
    [InlineData("x")] // + 600 more: over Limits:MaxQuestionLength
    public async Task HandleAsync_QuestionTheCoreWouldReject_TheCoresWordsPrivatelyCoreNotAsked(string text)
    {
        text = text == "x" ? new string('x', 601) : text;

        var response = await _host.InteractAsync(InteractionPayloads.Ask(text));

        Assert.Equal(64, (int)response["data"]!["flags"]!);
        Assert.Equal(QuestionValidator.Validate(text, 500), (string)response["data"]!["content"]!);
        Assert.Empty(_answerer.Questions);
    }

    [Fact]
    public async Task HandleAsync_CoreRejectsQuestion_ShowsReasonPrivately()
    {
        _answerer.Respond = (_, _) => Task.FromResult(new Answer(AnswerStatus.Rejected, "The core turned this question down.", []));

        var response = await _host.InteractAsync(InteractionPayloads.Ask("what about torture in Atlantis?"));

        Assert.Equal(64, (int)response["data"]!["flags"]!);
        Assert.Equal("The core turned this question down.", (string)response["data"]!["content"]!);
    }

    [Fact]
    public async Task HandleAsync_CoreThrows_ApologisesAndKeepsServing()
    {
        _answerer.Respond = (_, _) => throw new InvalidOperationException("index broken");

        var failed = await _host.InteractAsync(InteractionPayloads.Ask("anything"));
        var pong = await _host.InteractAsync(InteractionPayloads.Ping());

        Assert.Contains("Sorry", (string)failed["data"]!["content"]!, StringComparison.Ordinal);
        Assert.Equal(64, (int)failed["data"]!["flags"]!);
        Assert.Equal(1, (int)pong["type"]!);
    }

    [Fact]
    public async Task HandleAsync_MentionsInQuestion_AreNeverParsed()
    {
        var response = await _host.InteractAsync(InteractionPayloads.Ask("@everyone @here <@&123> what about torture?"));

        var data = (JsonObject)response["data"]!;
        Assert.Empty(data["allowed_mentions"]!["parse"]!.AsArray());
        Assert.Null(data["content"]);
    }
}
