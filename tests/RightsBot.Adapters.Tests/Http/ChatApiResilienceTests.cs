using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using RightsBot.Adapters.Http;
using RightsBot.Core.Metrics;
using RightsBot.TestSupport;

namespace RightsBot.Adapters.Tests.Http;

public sealed class ChatApiResilienceTests : IDisposable
{
    private readonly FakeTimeProvider _time = new();
    private readonly ScriptedHandler _server = new();
    private readonly ServiceProvider _services;
    private readonly HttpClient _client;

    public ChatApiResilienceTests()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddLogging(logging => logging.AddFakeLogging().SetMinimumLevel(LogLevel.Trace));
        services.AddHttpClient("chat")
            .ConfigurePrimaryHttpMessageHandler(() => _server)
            .AddChatApiResilience(new ChatApiTimeouts(TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(5)), ChatChannel.Telegram);
        _services = services.BuildServiceProvider();
        _client = _services.GetRequiredService<IHttpClientFactory>().CreateClient("chat");
    }

    public void Dispose()
    {
        _client.Dispose();
        _services.Dispose();
    }

    [Theory]
    [InlineData("""{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 7","parameters":{"retry_after":7}}""", null, 7)]
    [InlineData("""{"message":"You are being rate limited.","retry_after":4.5,"global":false}""", null, 4.5)]
    [InlineData(null, "3", 3)]
    [InlineData("""{"ok":false,"error_code":429,"parameters":{"retry_after":45}}""", null, 45)] // beyond the longest back-off
    public async Task SendAsync_429_WaitsWhatTheServerAsksThenRetries(string? json, string? retryAfterHeader, double seconds)
    {
        _server.Reply(HttpStatusCode.TooManyRequests, json, retryAfterHeader is null ? [] : [("Retry-After", retryAfterHeader)]);

        var send = _client.GetAsync(new Uri("http://127.0.0.1/bot1:x/sendMessage"));
        await _server.WaitForCallAsync(1);
        var waited = await AdvanceUntilCallAsync(2);

        using var response = await send.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange(waited.TotalSeconds, seconds, seconds + 2);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    public async Task SendAsync_ServerErrors_BackOffThenSucceed(HttpStatusCode status)
    {
        _server.Reply(status, """{"ok":false,"error_code":500,"description":"Internal Server Error"}""");
        _server.Reply(status);

        var send = _client.GetAsync(new Uri("http://127.0.0.1/api"));
        await _server.WaitForCallAsync(1);
        var first = await AdvanceUntilCallAsync(2);
        await AdvanceUntilCallAsync(3);

        using var response = await send.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(first > TimeSpan.Zero, "a 5xx is retried after a back-off, not at once");
    }

    [Fact]
    public async Task SendAsync_NetworkFailure_Retried()
    {
        _server.Fail();

        var send = _client.GetAsync(new Uri("http://127.0.0.1/api"));
        await _server.WaitForCallAsync(1);
        await AdvanceUntilCallAsync(2);

        using var response = await send.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SendAsync_ServerErrorEveryTime_GivesUpAfterTheLastRetryWithTheLastAnswer()
    {
        for (var i = 0; i <= ChatApiResilience.MaxRetryAttempts + 1; i++)
        {
            _server.Reply(HttpStatusCode.ServiceUnavailable);
        }

        var send = _client.GetAsync(new Uri("http://127.0.0.1/api"));
        await _server.WaitForCallAsync(1);
        for (var call = 2; call <= ChatApiResilience.MaxRetryAttempts + 1; call++)
        {
            await AdvanceUntilCallAsync(call);
        }

        using var response = await send.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(ChatApiResilience.MaxRetryAttempts + 1, _server.Calls);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.RequestTimeout)]
    [InlineData(HttpStatusCode.Conflict)]
    public async Task SendAsync_OtherClientErrors_ReturnedAtOnceWithoutRetry(HttpStatusCode status)
    {
        _server.Reply(status, """{"ok":false,"error_code":403,"description":"Forbidden: bot was blocked by the user"}""");

        using var response = await _client.GetAsync(new Uri("http://127.0.0.1/api")).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(1, _server.Calls);
    }

    [Fact]
    public async Task SendAsync_LogLevels_AttemptsWithoutRetryAtDebugRetriesAsWarningsNoUrls()
    {
        using (await _client.GetAsync(new Uri("http://127.0.0.1/bot1:SECRET/getUpdates")))
        {
        }

        var quiet = Logs();
        Assert.NotEmpty(quiet);
        Assert.All(quiet, r => Assert.True(r.Level <= LogLevel.Debug, r.Message));

        _server.Reply(HttpStatusCode.TooManyRequests, """{"retry_after":1}""");
        var send = _client.GetAsync(new Uri("http://127.0.0.1/bot1:SECRET/sendMessage"));
        await _server.WaitForCallAsync(2);
        await AdvanceUntilCallAsync(3);
        (await send).Dispose();

        Assert.Contains(Logs(), r => r.Level == LogLevel.Warning);
        Assert.DoesNotContain(Logs(), r => r.Message.Contains("SECRET", StringComparison.Ordinal) || r.Message.Contains("127.0.0.1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_429And5xx_EachAttemptCountedByChannelAndCodeOthersNot()
    {
        using var errors = new MetricCollector<long>(_services.GetRequiredService<IMeterFactory>(), RightsBotMeter.Name, "rightsbot.chat_api.errors");
        _server.Reply(HttpStatusCode.TooManyRequests, """{"retry_after":1}""");
        _server.Reply(HttpStatusCode.ServiceUnavailable);

        var send = _client.GetAsync(new Uri("http://127.0.0.1/bot1:SECRET/sendMessage?chat_id=4242"));
        await _server.WaitForCallAsync(1);
        await AdvanceUntilCallAsync(2);
        await AdvanceUntilCallAsync(3);
        (await send.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
        _server.Reply(HttpStatusCode.Forbidden);
        (await _client.GetAsync(new Uri("http://127.0.0.1/api")).WaitAsync(TimeSpan.FromSeconds(10))).Dispose();

        var counted = errors.GetMeasurementSnapshot();
        Assert.Equal(["telegram 429 1", "telegram 503 1"], counted.Select(m => $"{m.Tags["channel"]} {m.Tags["code"]} {m.Value}"));
        Assert.All(counted, m => Assert.Equal(["channel", "code"], m.Tags.Keys.Order()));
    }

    [Fact]
    public void AddChatApiResilience_Client_HasNoTimeoutOfItsOwn()
        => Assert.Equal(Timeout.InfiniteTimeSpan, _client.Timeout);

    private IReadOnlyList<FakeLogRecord> Logs() => _services.GetRequiredService<FakeLogCollector>().GetSnapshot();

    private Task<TimeSpan> AdvanceUntilCallAsync(int call) => _time.AdvanceUntilAsync(() => _server.Calls >= call);
}
