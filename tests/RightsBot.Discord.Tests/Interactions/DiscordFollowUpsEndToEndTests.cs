using RightsBot.Core.Conversation;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RightsBot.Core;
using RightsBot.Core.Answering;
using RightsBot.Discord.Interactions;
using RightsBot.Discord.Settings;
using RightsBot.Discord.Tests.Settings;
using RightsBot.Discord.Tests.TestSupport;
using Xunit.Abstractions;

namespace RightsBot.Discord.Tests.Interactions;

/// <summary>
/// Issue 21 end to end: the real core over the repository's corpus (Kazakhstan 2016, 2022, 2023, 2024 among them)
/// behind the real endpoint, signed requests, and the REST stand-in for answers that take long enough to defer.
/// Each test writes what the user would see to the test output.
/// </summary>
public sealed class DiscordFollowUpsEndToEndTests(ITestOutputHelper output) : IAsyncLifetime
{
    private DiscordRestStandIn _discord = null!;
    private DiscordTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _discord = await DiscordRestStandIn.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Corpus:Path"] = Path.Combine(DiscordTestHost.RepositoryRoot(), "corpus"),
            ["Corpus:CachePath"] = string.Empty,
        };
        _host = await DiscordTestHost.StartAsync(null, _discord.ApiBaseUrl, settings, services => services.AddRightsBotCore());
        await _host.GetRequiredService<IQuestionAnswerer>().GetReportsAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _discord.DisposeAsync();
    }

    [Fact]
    public async Task Ask_ThenChooseAnotherYear_TheNewAnswerCitesThatYearsReport()
    {
        var answer = await SayAsync("/ask question:how many torture complaints are registered each year? country:Kazakhstan year:2016",
            InteractionPayloads.Ask(TestAnswers.TortureQuestion, "Kazakhstan", 2016));
        Assert.Equal(["2024", "2023", "2022"], ResponseComponents.YearOptions(answer));
        Assert.All(ResponseComponents.SourceReports(answer), r => Assert.Equal("Kazakhstan 2016", r));

        var menu = (string)ResponseComponents.YearMenu(answer)!["custom_id"]!;
        var chosen = await SayAsync("(chooses 2023 in \"Other years of this report\")", InteractionPayloads.Select(menu, "2023"));

        Assert.StartsWith("Kazakhstan 2023 · ", (string)chosen["embeds"]![0]!["title"]!, StringComparison.Ordinal);
        var reports = ResponseComponents.SourceReports(chosen);
        Assert.NotEmpty(reports);
        Assert.All(reports, r => Assert.Equal("Kazakhstan 2023", r));
        Assert.Contains("torture", (string)chosen["embeds"]![0]!["description"]!, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["2024", "2022", "2016"], ResponseComponents.YearOptions(chosen));
    }

    // A Russian question, or a Russian client (the interaction's locale) asking in English: Russian labels and
    // buttons, the quotes the report's English.
    [Theory]
    [InlineData("сколько жалоб на пытки регистрируют каждый год", null)]
    [InlineData("how many torture complaints are registered each year?", "ru")]
    public async Task Ask_RussianQuestionOrClient_RussianButtonsAndNoteQuotesInEnglish(string question, string? locale)
    {
        var payload = InteractionPayloads.WithLocale(InteractionPayloads.Ask(question, "Kazakhstan", 2016), locale);
        var answer = await SayAsync($"/ask question:{question} country:Kazakhstan year:2016 (locale {locale ?? "none"})", payload);

        var labels = ResponseComponents.All(answer).Select(c => (string?)c["label"] ?? (string?)c["placeholder"]).ToList();
        Assert.Contains("Абзац [1]", labels);
        Assert.Contains("Последний доклад", labels);
        Assert.Contains("Другие годы этого доклада", labels);
        var description = (string)answer["embeds"]![0]!["description"]!;
        Assert.Contains("*Доклады написаны на английском; цитаты приведены дословно.*", description, StringComparison.Ordinal);
        Assert.Contains("torture", description, StringComparison.OrdinalIgnoreCase);
        Assert.All(ResponseComponents.SourceReports(answer), r => Assert.Equal("Kazakhstan 2016", r));
    }

    [Fact]
    public async Task LatestReportButton_AnswersFromTheCountrysLatestReport()
    {
        var answer = await SayAsync("/ask question:how many torture complaints are registered each year? country:Kazakhstan year:2016",
            InteractionPayloads.Ask(TestAnswers.TortureQuestion, "Kazakhstan", 2016));

        var latest = await SayAsync("(presses \"Latest report\")", InteractionPayloads.Button((string)ResponseComponents.LatestButton(answer)["custom_id"]!));

        Assert.Equal("Kazakhstan 2024", ResponseComponents.SourceReports(latest)[0]);
        Assert.True((bool)ResponseComponents.LatestButton(latest)["disabled"]!);
    }

    [Fact]
    public async Task Compare_FromAndTo_OneLinePerYearEachFromItsOwnReport()
    {
        var answer = await SayAsync("/compare question:how many torture complaints are registered each year? country:Kazakhstan from:2016 to:2023",
            InteractionPayloads.Compare(TestAnswers.TortureQuestion, "Kazakhstan", 2016, 2023));

        var lines = ((string)answer["embeds"]![0]!["description"]!).Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("**Kazakhstan 2016:** ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("**Kazakhstan 2023:** ", lines[1], StringComparison.Ordinal);
        Assert.Matches(@"\[\d+\]$", lines[0]);
        var reports = ResponseComponents.SourceReports(answer);
        Assert.Contains("Kazakhstan 2016", reports);
        Assert.Contains("Kazakhstan 2023", reports);
        Assert.Equal(["2024", "2023", "2022", "2016"], ResponseComponents.YearOptions(answer));
    }

    [Fact]
    public async Task Settings_ManagerSetsKazakhstan_AQuestionWithoutACountryIsAnsweredFromIt_AMemberCannotChangeIt()
    {
        var refused = await SayAsync("/settings country:Kenya   (an ordinary member)",
            InteractionPayloads.Settings("Kenya", permissions: InteractionPayloads.MemberPermissions));
        Assert.Equal(DiscordSettingsHandler.NotAllowedText(BotTexts.English), (string)refused["content"]!);
        Assert.False(File.Exists(Path.Combine(_host.StatePath, DiscordServerSettingsStore.FileName)));

        var set = await SayAsync("/settings country:kazakhstan   (a member with Manage Server)", InteractionPayloads.Settings("kazakhstan", permissions: "32"));
        Assert.Equal(DiscordSettingsHandler.SetText("Kazakhstan", BotTexts.English), (string)set["content"]!);

        var answer = await SayAsync("/ask question:how many torture complaints are registered each year?", InteractionPayloads.Ask(TestAnswers.TortureQuestion));

        var reports = ResponseComponents.SourceReports(answer);
        Assert.NotEmpty(reports);
        Assert.All(reports, r => Assert.StartsWith("Kazakhstan ", r, StringComparison.Ordinal));
        Assert.StartsWith("Server default: Kazakhstan · ", (string)answer["embeds"]![0]!["footer"]!["text"]!, StringComparison.Ordinal);
        Assert.Equal(
            [(InteractionPayloads.GuildId, "Kazakhstan")],
            await DiscordServerSettingsStoreTests.ReadRowsAsync(Path.Combine(_host.StatePath, DiscordServerSettingsStore.FileName)));

        var shown = await SayAsync("/settings   (an ordinary member)", InteractionPayloads.Settings(permissions: InteractionPayloads.MemberPermissions));
        Assert.Equal(DiscordSettingsHandler.CurrentText("Kazakhstan", BotTexts.English), (string)shown["content"]!);
    }

    // Posts the interaction and returns the message the user gets: the immediate one, or the deferred one's edit.
    private async Task<JsonNode> SayAsync(string said, string payload)
    {
        var seen = new HashSet<RecordedRequest>(_discord.Requests, ReferenceEqualityComparer.Instance);
        var response = await _host.InteractAsync(payload);
        var message = (int)response["type"]! == 5
            ? JsonNode.Parse((await _discord.WaitForAsync(r => r.Method == "PATCH" && !seen.Contains(r))).Body)!
            : response["data"]!;
        output.WriteLine("> " + said);
        output.WriteLine(TranscriptWriter.Render(message));
        return message;
    }
}
