using System.Diagnostics.Metrics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Time.Testing;
using RightsBot.Core.Metrics;
using RightsBot.Discord.Formatting;
using RightsBot.Discord.Rest;
using RightsBot.Discord.Tests.TestSupport;
using RightsBot.TestSupport;

namespace RightsBot.Discord.Tests.Rest;

public sealed class DiscordRestClientTests : IAsyncLifetime, IDisposable
{
    private const string Token = "aW50ZXJhY3Rpb24-token/with+odd=chars";

    private readonly CapturingLoggerProvider _logs = new();
    private DiscordRestStandIn _discord = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _discord = await DiscordRestStandIn.StartAsync();
        _services = DiscordCliHost.Build(_discord.ApiBaseUrl, _logs);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _discord.DisposeAsync();
    }

    public void Dispose() => _logs.Dispose();

    [Fact]
    public async Task EditOriginalResponseAsync_EphemeralMessage_PatchesWithoutFlagsAndEscapesToken()
    {
        var client = _services.GetRequiredService<DiscordRestClient>();

        await client.EditOriginalResponseAsync("123", Token, DiscordInfoFormatter.Notice("hello @everyone"));

        var patch = Assert.Single(_discord.Requests);
        Assert.Equal("PATCH", patch.Method);
        Assert.Equal("/api/v10/webhooks/123/" + Uri.EscapeDataString(Token) + "/messages/@original", patch.Path);
        var body = JsonNode.Parse(patch.Body)!;
        Assert.Null(body["flags"]);
        Assert.Equal("hello @everyone", (string)body["content"]!);
        Assert.Empty(body["allowed_mentions"]!["parse"]!.AsArray());
    }

    [Fact]
    public async Task EditOriginalResponseAsync_RateLimitedOnce_RetriesAfterRetryAfter()
    {
        _discord.Script.Enqueue(StandInReply.RateLimited(0.3));
        var client = _services.GetRequiredService<DiscordRestClient>();

        await client.EditOriginalResponseAsync("123", Token, DiscordInfoFormatter.Notice("hi"));

        var requests = _discord.Requests.ToList();
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromMilliseconds(250));
    }

    [Fact]
    public async Task EditOriginalResponseAsync_RateLimitedOnce_CountedAsADiscordChatApiError()
    {
        using var errors = new MetricCollector<long>(_services.GetRequiredService<IMeterFactory>(), RightsBotMeter.Name, "rightsbot.chat_api.errors");
        _discord.Script.Enqueue(StandInReply.RateLimited(0.01));
        var client = _services.GetRequiredService<DiscordRestClient>();

        await client.EditOriginalResponseAsync("123", Token, DiscordInfoFormatter.Notice("hi"));

        // One count for the 429, none for the retry's success; the token-bearing path is no label.
        var counted = Assert.Single(errors.GetMeasurementSnapshot());
        Assert.Equal(("discord", "429"), (counted.Tags["channel"], counted.Tags["code"]));
        Assert.Equal(2, counted.Tags.Count);
    }

    [Theory]
    [InlineData(7.5, null)] // retry_after in the JSON body, fractional seconds
    [InlineData(null, "3")] // only the Retry-After header
    [InlineData(45.0, null)] // beyond the longest back-off: still Discord's wait
    public async Task EditOriginalResponseAsync_RateLimited_WaitsExactlyWhatDiscordAsksOnTheSharedClock(double? bodySeconds, string? header)
    {
        var time = new FakeTimeProvider();
        await using var services = DiscordCliHost.Build(_discord.ApiBaseUrl, _logs, timeProvider: time);
        _discord.Script.Enqueue(bodySeconds is { } s
            ? StandInReply.RateLimited(s)
            : new StandInReply(429, Headers: new Dictionary<string, string> { ["Retry-After"] = header! }));
        var client = services.GetRequiredService<DiscordRestClient>();

        var edit = client.EditOriginalResponseAsync("123", Token, DiscordInfoFormatter.Notice("hi"));
        await _discord.WaitForAsync(_ => true);
        var waited = await time.AdvanceUntilAsync(() => _discord.Requests.Count >= 2);

        await edit.WaitAsync(TimeSpan.FromSeconds(10));
        var expected = bodySeconds ?? double.Parse(header!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(waited.TotalSeconds, expected, expected + 2);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    public async Task EditOriginalResponseAsync_ServerError_RetriedThenDelivered(int status)
    {
        _discord.Script.Enqueue(new StandInReply(status));
        var client = _services.GetRequiredService<DiscordRestClient>();

        await client.EditOriginalResponseAsync("123", Token, DiscordInfoFormatter.Notice("hi"));

        Assert.Equal(2, _discord.Requests.Count);
    }

    [Fact]
    public async Task EditOriginalResponseAsync_UnknownWebhook_ThrowsWithoutRetryOrToken()
    {
        _discord.Script.Enqueue(new StandInReply(404, """{"message": "Unknown Webhook", "code": 10015}"""));
        var client = _services.GetRequiredService<DiscordRestClient>();

        var ex = await Assert.ThrowsAsync<DiscordApiException>(
            () => client.EditOriginalResponseAsync("123", Token, DiscordInfoFormatter.Notice("hi")));

        Assert.Equal(HttpStatusCode.NotFound, ex.StatusCode);
        Assert.Contains("404", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, ex.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Uri.EscapeDataString(Token), ex.ToString(), StringComparison.Ordinal);
        Assert.Single(_discord.Requests);
        Assert.DoesNotContain(_logs.Lines, l => l.Contains(Uri.EscapeDataString(Token), StringComparison.Ordinal));
    }
}
