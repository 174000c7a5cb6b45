using System.Globalization;
using System.Net;
using System.Text;
using RightsBot.Discord.Tests.TestSupport;
using RightsBot.Discord.Verification;

namespace RightsBot.Discord.Tests.Verification;

public sealed class DiscordSignatureFilterTests : IAsyncLifetime
{
    private readonly FakeQuestionAnswerer _answerer = new();
    private DiscordTestHost _host = null!;

    public async Task InitializeAsync() => _host = await DiscordTestHost.StartAsync(_answerer, "http://127.0.0.1:9/api/v10");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task InvokeAsync_SignedPing_Pongs()
    {
        using var response = await _host.PostSignedAsync(InteractionPayloads.Ping());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"type":1}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task InvokeAsync_NoSignatureHeaders_Returns401()
    {
        using var response = await _host.PostRawAsync(Encoding.UTF8.GetBytes(InteractionPayloads.Ping()), null, null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task InvokeAsync_MissingTimestamp_Returns401()
    {
        var body = Encoding.UTF8.GetBytes(InteractionPayloads.Ping());
        var timestamp = DiscordTestHost.NowTimestamp();

        using var response = await _host.PostRawAsync(body, null, _host.Keys.Sign(timestamp, body));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task InvokeAsync_SignatureByAnotherKey_Returns401()
    {
        using var forger = TestKeyPair.Create();
        var body = Encoding.UTF8.GetBytes(InteractionPayloads.Ask("anything"));
        var timestamp = DiscordTestHost.NowTimestamp();

        using var response = await _host.PostRawAsync(body, timestamp, forger.Sign(timestamp, body));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_answerer.Questions);
    }

    [Fact]
    public async Task InvokeAsync_BodyChangedAfterSigning_Returns401()
    {
        var signed = Encoding.UTF8.GetBytes(InteractionPayloads.Ask("a harmless question"));
        var tampered = Encoding.UTF8.GetBytes(InteractionPayloads.Ask("@everyone a tampered question"));
        var timestamp = DiscordTestHost.NowTimestamp();

        using var response = await _host.PostRawAsync(tampered, timestamp, _host.Keys.Sign(timestamp, signed));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_answerer.Questions);
    }

    [Theory]
    [InlineData(-305)]
    [InlineData(-3600)]
    [InlineData(305)]
    public async Task InvokeAsync_ValidSignatureOnStaleOrFutureTimestamp_Returns401(int offsetSeconds)
    {
        // Seconds are truncated on both sides, so the cases keep a few seconds' margin from the 300 s bound.
        var timestamp = DateTimeOffset.UtcNow.AddSeconds(offsetSeconds).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        using var response = await _host.PostSignedAsync(InteractionPayloads.Ping(), timestamp);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("-5")]
    [InlineData("99999999999999999999")]
    public async Task InvokeAsync_MalformedTimestamp_Returns401(string timestamp)
    {
        using var response = await _host.PostSignedAsync(InteractionPayloads.Ping(), timestamp);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task InvokeAsync_TimestampWithinFiveMinutes_Pongs()
    {
        var timestamp = DateTimeOffset.UtcNow.AddSeconds(-240).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        using var response = await _host.PostSignedAsync(InteractionPayloads.Ping(), timestamp);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task InvokeAsync_BodyOverLimit_Returns413()
    {
        var json = $$"""{"type":1,"padding":"{{new string('x', DiscordSignatureFilter.MaxBodyBytes)}}"}""";

        using var response = await _host.PostSignedAsync(json);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("""{"type":"ping"}""")]
    [InlineData("""{"id":"1"}""")]
    public async Task InvokeAsync_SignedMalformedInteraction_Returns400(string json)
    {
        using var response = await _host.PostSignedAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task InvokeAsync_AfterRejectedRequests_StillServes()
    {
        using (await _host.PostRawAsync(Encoding.UTF8.GetBytes("{}"), "1", "00"))
        {
        }

        using (await _host.PostSignedAsync("{broken"))
        {
        }

        var pong = await _host.InteractAsync(InteractionPayloads.Ping());

        Assert.Equal(1, (int)pong["type"]!);
    }
}
