using RightsBot.Core.Answering;
using RightsBot.Core.Conversation;
using RightsBot.Discord.FollowUps;
using RightsBot.Discord.Interactions;
using RightsBot.Discord.Tests.TestSupport;

namespace RightsBot.Discord.Tests.Interactions;

public sealed class DiscordReaskHandlerTests : IAsyncLifetime
{
    private readonly FakeQuestionAnswerer _answerer = new() { Respond = (q, _) => Task.FromResult(TestAnswers.KazakhstanFor(q)) };
    private DiscordRestStandIn _discord = null!;
    private DiscordTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _discord = await DiscordRestStandIn.StartAsync();
        _host = await DiscordTestHost.StartAsync(_answerer, _discord.ApiBaseUrl, new Dictionary<string, string?> { ["Discord:DeferAfter"] = "00:00:00.300" });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _discord.DisposeAsync();
    }

    [Fact]
    public async Task Ask_AnswerForAYear_CarriesTheOtherYearsAndTheLatestButton()
    {
        var response = await _host.InteractAsync(InteractionPayloads.Ask("torture complaints", "Kazakhstan", 2016));

        var data = response["data"]!;
        Assert.Equal(["2024"], ResponseComponents.YearOptions(data));
        Assert.Equal("Other years of this report", (string)ResponseComponents.YearMenu(data)!["placeholder"]!);
        Assert.Null(ResponseComponents.LatestButton(data)["disabled"]);
        Assert.Equal("Paragraph [1]", (string)ResponseComponents.All(data)[0]["label"]!);
    }

    [Fact]
    public async Task ChooseYear_FromTheMenu_AsksTheTopicForThatYearAsANewMessageCitingItsReport()
    {
        var answer = await _host.InteractAsync(InteractionPayloads.Ask("torture complaints", "Kazakhstan", 2016));
        var menu = ResponseComponents.YearMenu(answer["data"]!)!;

        var response = await _host.InteractAsync(InteractionPayloads.Select((string)menu["custom_id"]!, "2024"));

        Assert.Equal(4, (int)response["type"]!);
        var data = response["data"]!;
        Assert.Null(data["flags"]);
        Assert.Equal("Kazakhstan 2024 · torture complaints", (string)data["embeds"]![0]!["title"]!);
        Assert.Equal(["Kazakhstan 2024"], ResponseComponents.SourceReports(data));
        var asked = _answerer.Questions.Last();
        Assert.Equal(("torture complaints", "Kazakhstan", (int?)2024), (asked.Text, asked.Country, asked.Year));

        // The new answer has its own menu, now offering the year left behind.
        Assert.Equal(["2016"], ResponseComponents.YearOptions(data));
    }

    [Fact]
    public async Task LatestButton_AsksWithoutAYearAndTheLatestAnswersButtonIsDisabled()
    {
        var answer = await _host.InteractAsync(InteractionPayloads.Ask("torture complaints", "Kazakhstan", 2016));

        var response = await _host.InteractAsync(InteractionPayloads.Button((string)ResponseComponents.LatestButton(answer["data"]!)["custom_id"]!));

        var data = response["data"]!;
        Assert.Equal("Kazakhstan, latest report · torture complaints", (string)data["embeds"]![0]!["title"]!);
        Assert.Equal(["Kazakhstan 2024"], ResponseComponents.SourceReports(data));
        var asked = _answerer.Questions.Last();
        Assert.Equal(("torture complaints", "Kazakhstan", (int?)null), (asked.Text, asked.Country, asked.Year));
        Assert.True((bool)ResponseComponents.LatestButton(data)["disabled"]!);
        Assert.Equal(["2016"], ResponseComponents.YearOptions(data));
    }

    [Fact]
    public async Task ChooseYear_OnAPrivateAnswer_TheNewAnswerIsPrivateToo()
    {
        var answer = await _host.InteractAsync(InteractionPayloads.Ask("torture complaints", "Kazakhstan", 2016, isPrivate: true));

        var response = await _host.InteractAsync(InteractionPayloads.Select((string)ResponseComponents.YearMenu(answer["data"]!)!["custom_id"]!, "2024"));

        Assert.Equal(64, (int)response["data"]!["flags"]!);
    }

    [Theory]
    [InlineData("rb:year:AAAAAAAAAAAAAAAA")]
    [InlineData("rb:latest:AAAAAAAAAAAAAAAA")]
    public async Task Component_UnknownOrExpiredToken_SaysTooOldPrivatelyAndAsksNothing(string customId)
    {
        var response = await _host.InteractAsync(customId.StartsWith("rb:year:", StringComparison.Ordinal)
            ? InteractionPayloads.Select(customId, "2024")
            : InteractionPayloads.Button(customId));

        Assert.Equal(64, (int)response["data"]!["flags"]!);
        Assert.Equal("This answer is too old to re-ask — please ask again.", (string)response["data"]!["content"]!);
        Assert.Empty(_answerer.Questions);
    }

    [Fact]
    public async Task Component_ExpiredTokenFromARussianClient_SaysTooOldInRussian()
    {
        var response = await _host.InteractAsync(InteractionPayloads.WithLocale(InteractionPayloads.Button("rb:latest:AAAAAAAAAAAAAAAA"), "ru"));

        Assert.Equal(64, (int)response["data"]!["flags"]!);
        Assert.Equal("Этот ответ слишком старый, чтобы переспросить, — задайте вопрос заново.", (string)response["data"]!["content"]!);
        Assert.Empty(_answerer.Questions);
    }

    [Theory]
    [InlineData()]
    [InlineData("2016", "2024")]
    [InlineData("last year")]
    public async Task ChooseYear_MalformedValues_PoliteNoticeAndNoQuestion(params string[] values)
    {
        var answer = await _host.InteractAsync(InteractionPayloads.Ask("torture complaints", "Kazakhstan", 2016));
        var before = _answerer.Questions.Count;

        var response = await _host.InteractAsync(InteractionPayloads.Select((string)ResponseComponents.YearMenu(answer["data"]!)!["custom_id"]!, values));

        Assert.Equal(64, (int)response["data"]!["flags"]!);
        Assert.Equal(before, _answerer.Questions.Count);
    }

    [Fact]
    public async Task ChooseYear_SlowCore_DefersAndEditsTheNewMessageIn()
    {
        var answer = await _host.InteractAsync(InteractionPayloads.Ask("torture complaints", "Kazakhstan", 2016));
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _answerer.Respond = async (q, ct) =>
        {
            await release.Task.WaitAsync(ct);
            return TestAnswers.KazakhstanFor(q);
        };

        var response = await _host.InteractAsync(InteractionPayloads.Select((string)ResponseComponents.YearMenu(answer["data"]!)!["custom_id"]!, "2024"));
        Assert.Equal(5, (int)response["type"]!);
        release.SetResult();

        var patch = await _discord.WaitForAsync(r => r.Method == "PATCH");
        var body = System.Text.Json.Nodes.JsonNode.Parse(patch.Body)!;
        Assert.Equal(["Kazakhstan 2024"], ResponseComponents.SourceReports(body));
        Assert.Equal(["2016"], ResponseComponents.YearOptions(body));
    }

    [Fact]
    public async Task Reask_KeptInMemoryOnly_NoFileAndNothingLogged()
    {
        const string Secret = "torture complaints about my neighbour";
        var answer = await _host.InteractAsync(InteractionPayloads.Ask(Secret, "Kazakhstan", 2016));
        await _host.InteractAsync(InteractionPayloads.Select((string)ResponseComponents.YearMenu(answer["data"]!)!["custom_id"]!, "2024"));

        Assert.True(_host.GetRequiredService<DiscordReaskStore>().Count >= 2);
        Assert.False(Directory.Exists(_host.StatePath));
        Assert.NotEmpty(_host.Logs.Lines);
        Assert.DoesNotContain(_host.Logs.Lines, l => l.Contains("neighbour", StringComparison.Ordinal));
        Assert.DoesNotContain(_host.Logs.Lines, l => l.Contains(InteractionPayloads.UserId, StringComparison.Ordinal));
        Assert.DoesNotContain(_host.Logs.Lines, l => l.Contains(InteractionPayloads.GuildId, StringComparison.Ordinal));
        Assert.DoesNotContain(_host.Logs.Lines, l => l.Contains(InteractionPayloads.ChannelId, StringComparison.Ordinal));
    }

    [Fact]
    public void Title_NamesTheChoiceFirst()
    {
        var reask = new DiscordReask("torture complaints", "Kazakhstan,Uzbekistan", false);

        Assert.Equal("Kazakhstan, Uzbekistan 2019 · torture complaints", DiscordReaskHandler.Title(reask, 2019, BotTexts.English));
        Assert.Equal("Kazakhstan, Uzbekistan, latest report · torture complaints", DiscordReaskHandler.Title(reask, null, BotTexts.English));
        Assert.Equal("Kazakhstan, Uzbekistan, последний доклад · torture complaints", DiscordReaskHandler.Title(reask, null, BotTexts.For(Core.Languages.Language.Russian)));
    }
}
