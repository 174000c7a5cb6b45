using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NSec.Cryptography;
using OpenTelemetry.Metrics;
using RightsBot.Core.Retrieval;
using RightsBot.Hosting;
using RightsBot.Telegram.Tests.EndToEnd;
using RightsBot.TestSupport;

namespace RightsBot.Tests.Hosting;

/// <summary>
/// GET /metrics of the real serve host, with Telegram polling the Bot API emulator and Discord answering signed
/// interactions. Console answers are counted through the console path: the chat command runs in this process, and
/// OpenTelemetry's listener, subscribed to the RightsBot meter by name, exports them with the host's own (which is
/// also why this collection runs alone).
/// </summary>
[Collection(MetricsGroup.Name)]
public sealed class MetricsEndpointTests(TelegramEmulator emulator) : IDisposable
{
    private const string BotToken = "7301:metrics-SECRET-token";
    private const long TelegramUserId = 913572468;
    private const string ApplicationId = "123456789012345678";
    private const string DiscordUserId = "80351110224678912";
    private const string GuildId = "290926798626357999";
    private const string DiscordChannelId = "645027906669510667";
    private const string InteractionId = "1189012345678901234";
    private const string InteractionToken = "interaction-SECRET-aW50ZXJhY3Rpb24";

    // Answered, not covered, refused by the pre-check, then over the limit of two questions a minute.
    private const string Answered = "Does the law prohibit torture?";
    private const string NotCovered = "What is the best recipe for chocolate cake?";
    private const string Rejected = "?!?";
    private const string OverTheLimit = "Were journalists detained?";

    private readonly DirectoryInfo _state = Directory.CreateTempSubdirectory("rightsbot-metrics-");

    public void Dispose() => _state.Delete(recursive: true);

    [Fact]
    public async Task Metrics_AnswersOnEveryChannel_CountedByChannelAndStatusWithoutAnyIdentifier()
    {
        using var key = Key.Create(SignatureAlgorithm.Ed25519);
        var port = LoopbackPort.Free();
        await using var app = WebHost.Build([], ServeSettings.OneReport(
            port,
            ("Metrics:Enabled", "true"),
            ("Limits:QuestionsPerMinute", "2"),
            ("Telegram:Enabled", "true"),
            ("Telegram:BotToken", BotToken),
            ("Telegram:ApiBaseUrl", emulator.BaseUrl.ToString()),
            ("Telegram:Mode", "Polling"),
            ("Telegram:PollingTimeoutSeconds", "5"),
            ("Telegram:StatePath", Path.Combine(_state.FullName, "telegram")),
            ("Discord:Enabled", "true"),
            ("Discord:ApplicationId", ApplicationId),
            ("Discord:PublicKey", Convert.ToHexString(key.PublicKey.Export(KeyBlobFormat.RawPublicKey))),
            ("Discord:ApiBaseUrl", "http://127.0.0.1:9/api/v10"), // answers here come at once: nothing is sent to Discord
            ("Discord:StatePath", Path.Combine(_state.FullName, "discord"))));
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        using (var user = EmulatorUser.Create(emulator, BotToken, TelegramUserId))
        {
            foreach (var text in new[] { Answered, NotCovered, Rejected, OverTheLimit })
            {
                await user.SendTextAsync(text);
                Assert.Single(await user.WaitForBotMessagesAsync(1));
            }
        }

        foreach (var text in new[] { Answered, NotCovered, Rejected, OverTheLimit })
        {
            using var response = await AskDiscordAsync(http, key, text);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(4, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["type"]!.GetValue<int>()); // answered at once
        }

        var (code, _, _) = await CliRunner.RunWithSettingsAsync(ServeSettings.OneReport(port), $"{Answered}\n{NotCovered}\n{Rejected}\n", "chat");
        Assert.Equal(0, code);

        using var scrape = await http.GetAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, scrape.StatusCode);
        var scraped = await scrape.Content.ReadAsStringAsync();
        var metrics = PrometheusScrape.Parse(scraped);

        foreach (var channel in new[] { "telegram", "discord" })
        {
            Assert.Equal(1, metrics.Value("rightsbot_answers_total", ("channel", channel), ("status", "answered")));
            Assert.Equal(1, metrics.Value("rightsbot_answers_total", ("channel", channel), ("status", "not_covered")));
            Assert.Equal(1, metrics.Value("rightsbot_answers_total", ("channel", channel), ("status", "rejected")));
            Assert.Equal(1, metrics.Value("rightsbot_answers_total", ("channel", channel), ("status", "rate_limited")));
            Assert.Equal(2, metrics.Value("rightsbot_answer_duration_seconds_count", ("channel", channel))); // the core's answers only
        }

        // The console has no pre-check or limit of its own: the core rejects, and that answer is timed too.
        Assert.Equal(1, metrics.Value("rightsbot_answers_total", ("channel", "console"), ("status", "answered")));
        Assert.Equal(1, metrics.Value("rightsbot_answers_total", ("channel", "console"), ("status", "not_covered")));
        Assert.Equal(1, metrics.Value("rightsbot_answers_total", ("channel", "console"), ("status", "rejected")));
        Assert.Empty(metrics.Find("rightsbot_answers_total", ("channel", "console"), ("status", "rate_limited")));
        Assert.Equal(3, metrics.Value("rightsbot_answer_duration_seconds_count", ("channel", "console")));
        Assert.Equal(3, metrics.Value("rightsbot_answer_duration_seconds_bucket", ("channel", "console"), ("le", "+Inf")));
        Assert.True(metrics.Find("rightsbot_answer_duration_seconds_bucket", ("channel", "telegram")).Count > 2, "a histogram has buckets");
        Assert.Equal(3, metrics.Value("rightsbot_refusals_total", ("reason", "not_covered")));
        Assert.Equal(3, metrics.Value("rightsbot_summaries_total", ("outcome", "off")));
        Assert.Equal(app.Services.GetRequiredService<IIndexStatus>().Result!.Passages, metrics.Value("rightsbot_index_passages"));

        // The standard instruments: ASP.NET Core's requests and the .NET runtime's.
        Assert.NotEmpty(metrics.Find("http_server_request_duration_seconds_count", ("http_route", "/discord/interactions")));
        Assert.Contains(metrics.Samples, s => s.Name.StartsWith("dotnet_", StringComparison.Ordinal));

        // Every label of our series is one of a closed set, and no id, token or word of a question appears anywhere.
        Assert.All(metrics.Samples.Where(s => s.Name.StartsWith("rightsbot_", StringComparison.Ordinal)), s =>
            Assert.All(s.Labels.Keys, label => Assert.Contains(label, new[] { "channel", "status", "reason", "outcome", "code", "le", "otel_scope_name", "otel_scope_version" })));
        foreach (var secret in new[]
        {
            TelegramUserId.ToString(CultureInfo.InvariantCulture), DiscordUserId, GuildId, DiscordChannelId, InteractionId, ApplicationId,
            InteractionToken, BotToken, "SECRET", "torture", "chocolate", "recipe", "journalists", "prohibit",
        })
        {
            Assert.DoesNotContain(secret, scraped, StringComparison.OrdinalIgnoreCase);
        }

        await app.StopAsync();
    }

    [Fact]
    public async Task Metrics_Disabled_NoEndpointAndNoExporter()
    {
        var port = LoopbackPort.Free();
        await using var app = WebHost.Build([], ServeSettings.OneReport(port, ("Metrics:Enabled", "false")));
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        using var response = await http.GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(app.Services.GetService<MeterProvider>());
        await app.StopAsync();
    }

    private static async Task<HttpResponseMessage> AskDiscordAsync(HttpClient http, Key key, string question)
    {
        var payload = new JsonObject
        {
            ["id"] = InteractionId,
            ["application_id"] = ApplicationId,
            ["type"] = 2,
            ["token"] = InteractionToken,
            ["version"] = 1,
            ["guild_id"] = GuildId,
            ["channel_id"] = DiscordChannelId,
            ["member"] = new JsonObject
            {
                ["user"] = new JsonObject { ["id"] = DiscordUserId, ["username"] = "moderator" },
                ["roles"] = new JsonArray(),
                ["permissions"] = "2147483647",
            },
            ["data"] = new JsonObject
            {
                ["id"] = "1103355456789012345",
                ["name"] = "ask",
                ["type"] = 1,
                ["options"] = new JsonArray(new JsonObject { ["name"] = "question", ["type"] = 3, ["value"] = question }),
            },
        };
        var body = Encoding.UTF8.GetBytes(payload.ToJsonString());
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = SignatureAlgorithm.Ed25519.Sign(key, Encoding.UTF8.GetBytes(timestamp).Concat(body).ToArray());
        return await DiscordServeTests.PostAsync(http, body, timestamp, Convert.ToHexString(signature));
    }
}
