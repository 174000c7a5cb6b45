using System.Text.Json.Nodes;
using RightsBot.Core;
using RightsBot.Core.Answering;
using RightsBot.Discord.Formatting;
using RightsBot.Discord.Tests.TestSupport;
using RightsBot.TestSupport.OpenAI;

namespace RightsBot.Discord.Tests.Interactions;

/// <summary>
/// <c>/ask</c> through the real core over corpus/ with summarization on, pointed at the OpenAI-compatible stand-in on
/// 127.0.0.1: the embed carries the model's summary over RightsBot's own sources, a slow model is deferred and
/// PATCHed in, and a faulty reply leaves the extractive answer.
/// </summary>
public sealed class DiscordAskHandlerSummarizationTests : IAsyncLifetime
{
    private const string ApiKey = "sk-discord-test-SECRET";
    private const string Summary = "In 2015 the Prosecutor General's Office registered about 600 torture complaints a year [1], yet few reached court.";
    private static readonly string IndexCache = Path.Combine(AppContext.BaseDirectory, "index-cache");
    private FakeOpenAIServer _model = null!;
    private DiscordRestStandIn _discord = null!;

    public async Task InitializeAsync()
    {
        _model = await FakeOpenAIServer.StartAsync();
        _discord = await DiscordRestStandIn.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _discord.DisposeAsync();
        await _model.DisposeAsync();
    }

    [Fact]
    public async Task HandleAsync_SummarizationOn_EmbedIsTheSummaryOverOurSources()
    {
        _model.Enqueue(ScriptedReply.Text(Summary));
        await using var host = await StartAsync(deferAfter: TimeSpan.FromSeconds(2.5));

        var response = await host.InteractAsync(InteractionPayloads.Ask(TestAnswers.TortureQuestion, "Kazakhstan", 2016));

        AssertSummaryOverOurSources(await AnswerMessageAsync(response));
        var request = Assert.Single(_model.Requests);
        Assert.Equal("Bearer " + ApiKey, request.Authorization);
        Assert.Contains(TestAnswers.TortureQuestion, request.User, StringComparison.Ordinal);
        AssertNothingPrivateLogged(host);
    }

    // A Russian question with summaries on: the model (given the question as typed) answers in Russian; the embed's
    // labels, buttons and note are Russian, and the sources the reports' own English.
    [Fact]
    public async Task HandleAsync_SummarizationOnRussianQuestion_RussianSummaryAndLabelsSourcesVerbatimEnglish()
    {
        const string question = "сколько жалоб на пытки регистрирует генеральная прокуратура каждый год";
        const string summary = "По данным генеральной прокуратуры, в год регистрируется в среднем около 600 жалоб на пытки [1].";
        _model.Enqueue(ScriptedReply.Text("how many torture complaints does the prosecutor general register each year")); // the question, translated for the search
        _model.Enqueue(ScriptedReply.Text(summary));
        await using var host = await StartAsync(deferAfter: TimeSpan.FromSeconds(2.5));

        var response = await host.InteractAsync(InteractionPayloads.Ask(question, "Kazakhstan", 2016));

        var message = await AnswerMessageAsync(response);
        var embed = message["embeds"]![0]!;
        Assert.Equal(question, (string)embed["title"]!);
        Assert.Equal(summary + "\n\n*Доклады написаны на английском; цитаты приведены дословно.*", (string)embed["description"]!);
        Assert.Equal(DiscordAnswerFormatter.Footer + " · краткий пересказ", (string)embed["footer"]!["text"]!);
        var fields = embed["fields"]!.AsArray();
        Assert.Equal("[1] Kazakhstan 2016", (string)fields[0]!["name"]!);
        Assert.Contains("[Section 1.c Torture", (string)fields[0]!["value"]!, StringComparison.Ordinal);
        Assert.All(fields, f => Assert.DoesNotMatch(@"\p{IsCyrillic}", (string)f!["value"]!));
        var labels = ResponseComponents.All(message).Select(c => (string?)c["label"] ?? (string?)c["placeholder"]).ToList();
        Assert.Contains("Абзац [1]", labels);
        Assert.Contains("Последний доклад", labels);
        Assert.Contains("Другие годы этого доклада", labels);
        Assert.Equal(2, _model.Requests.Count);
        Assert.Contains(question, _model.Requests[^1].User, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains(question, StringComparison.Ordinal));
        AssertNothingPrivateLogged(host);
    }

    [Fact]
    public async Task HandleAsync_SummarizationOnSlowModel_DefersThenPatchesTheSummary()
    {
        _model.Enqueue(ScriptedReply.Text(Summary) with { Delay = TimeSpan.FromSeconds(1.5) });
        await using var host = await StartAsync(deferAfter: TimeSpan.FromMilliseconds(300));

        var response = await host.InteractAsync(InteractionPayloads.Ask(TestAnswers.TortureQuestion, "Kazakhstan", 2016));

        Assert.Equal(5, (int)response["type"]!);
        var patch = await _discord.WaitForAsync(r => r.Method == "PATCH");
        Assert.EndsWith("/messages/@original", patch.Path, StringComparison.Ordinal);
        AssertSummaryOverOurSources(JsonNode.Parse(patch.Body)!);
        AssertNothingPrivateLogged(host);
    }

    [Theory]
    [InlineData("500")]
    [InlineData("cites-7")]
    [InlineData("empty")]
    public async Task HandleAsync_FaultyModelReply_ExtractiveAnswerAndALogLine(string fault)
    {
        _model.Enqueue(fault switch
        {
            "500" => ScriptedReply.Error(500),
            "cites-7" => ScriptedReply.Text("Complaints are rarely investigated [7]."),
            _ => ScriptedReply.Text(string.Empty),
        });
        await using var host = await StartAsync(deferAfter: TimeSpan.FromSeconds(2.5));

        var response = await host.InteractAsync(InteractionPayloads.Ask(TestAnswers.TortureQuestion, "Kazakhstan", 2016));

        var embed = (await AnswerMessageAsync(response))["embeds"]![0]!;
        var description = (string)embed["description"]!;
        Assert.Contains("600 torture complaints", description, StringComparison.Ordinal);
        Assert.DoesNotContain("rarely investigated", description, StringComparison.Ordinal);
        Assert.DoesNotContain("[7]", description, StringComparison.Ordinal);
        Assert.Equal(DiscordAnswerFormatter.Footer, (string)embed["footer"]!["text"]!);
        Assert.Equal("[1] Kazakhstan 2016", (string)embed["fields"]![0]!["name"]!);
        Assert.Single(_model.Requests);
        Assert.Contains(host.Logs.Lines, l => l.Contains("Summary unavailable", StringComparison.Ordinal));
        AssertNothingPrivateLogged(host);
    }

    // The answer in the first response, or (on a machine slow enough to defer) in the PATCH that follows.
    private async Task<JsonNode> AnswerMessageAsync(JsonNode response)
        => (int)response["type"]! == 4
            ? response["data"]!
            : JsonNode.Parse((await _discord.WaitForAsync(r => r.Method == "PATCH")).Body)!;

    private static void AssertSummaryOverOurSources(JsonNode message)
    {
        var embed = message["embeds"]![0]!;
        Assert.Equal(Summary, (string)embed["description"]!);
        Assert.Equal(DiscordAnswerFormatter.Footer + " · summarized", (string)embed["footer"]!["text"]!);
        var fields = embed["fields"]!.AsArray();
        Assert.Equal("[1] Kazakhstan 2016", (string)fields[0]!["name"]!);
        Assert.All(fields, f => Assert.EndsWith("Kazakhstan 2016", (string)f!["name"]!, StringComparison.Ordinal));
        Assert.Equal("Paragraph [1]", (string)message["components"]![0]!["components"]![0]!["label"]!);
    }

    private static void AssertNothingPrivateLogged(DiscordTestHost host)
    {
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains(TestAnswers.TortureQuestion, StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains(ApiKey, StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains(InteractionPayloads.InteractionToken, StringComparison.Ordinal));
    }

    private async Task<DiscordTestHost> StartAsync(TimeSpan deferAfter)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Corpus:Path"] = Path.Combine(DiscordTestHost.RepositoryRoot(), "corpus"),
            ["Corpus:CachePath"] = IndexCache,
            ["Discord:DeferAfter"] = deferAfter.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
            ["Summarization:Enabled"] = "true",
            ["Summarization:Endpoint"] = _model.Endpoint.ToString(),
            ["Summarization:ModelId"] = "stand-in-model",
            ["Summarization:ApiKey"] = ApiKey,
        };
        var host = await DiscordTestHost.StartAsync(null, _discord.ApiBaseUrl, settings, services => services.AddRightsBotCore());

        // Load the index first, as serve's warm-up does, so only the model decides how long an answer takes.
        await host.GetRequiredService<IQuestionAnswerer>().GetReportsAsync();
        return host;
    }
}
