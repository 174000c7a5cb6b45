using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using RightsBot.Core.Metrics;
using RightsBot.Telegram.Sending;
using RightsBot.Telegram.Tests.EndToEnd;
using RightsBot.Telegram.Tests.Fakes;
using RightsBot.TestSupport;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace RightsBot.Telegram.Tests.Sending;

/// <summary>The sender over the client the adapter registers (factory client, shared resilience), against the loopback Bot API stand-in.</summary>
public sealed class TelegramSenderTests : IAsyncLifetime, IDisposable
{
    private const string Token = "5001:sender-SECRET";
    private readonly FakeTimeProvider _time = new();
    private readonly CapturingLoggerProvider _logs = new();
    private BotApiStandIn _api = null!;
    private ServiceProvider _services = null!;
    private TelegramSender _sender = null!;
    private MetricCollector<long> _apiErrors = null!;

    public async Task InitializeAsync()
    {
        _api = await BotApiStandIn.StartAsync();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddLogging(logging => logging.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace));
        services.AddOptions<TelegramOptions>().Configure(o =>
        {
            o.BotToken = Token;
            o.ApiBaseUrl = _api.BaseUrl.ToString();
        });
        services.AddTelegramBotClient();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        _sender = _services.GetRequiredService<TelegramSender>();
        _apiErrors = new MetricCollector<long>(_services.GetRequiredService<IMeterFactory>(), RightsBotMeter.Name, "rightsbot.chat_api.errors");
    }

    public async Task DisposeAsync()
    {
        _apiErrors.Dispose();
        await _services.DisposeAsync();
        await _api.DisposeAsync();
    }

    public void Dispose() => _logs.Dispose();

    [Theory]
    [InlineData(7)]
    [InlineData(45)] // longer than the longest back-off: still the server's wait
    public async Task TrySendAsync_TooManyRequests_WaitsRetryAfterThenSucceeds(int retryAfter)
    {
        _api.Script("sendMessage", 429, $$$"""{"ok":false,"error_code":429,"description":"Too Many Requests: retry after {{{retryAfter}}}","parameters":{"retry_after":{{{retryAfter}}}}}""");

        var send = _sender.TrySendAsync((c, t) => c.SendMessage(1, "hi", cancellationToken: t));
        await _api.WaitForCallAsync("sendMessage");
        var waited = await AdvanceUntilCallAsync("sendMessage", 2);

        Assert.True(await send.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.InRange(waited.TotalSeconds, retryAfter, retryAfter + 2);
        Assert.Equal(["telegram 429"], ApiErrors());
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task TrySendAsync_ServerErrors_BacksOffAndRetries(int status)
    {
        _api.Script("sendMessage", status, $$"""{"ok":false,"error_code":{{status}},"description":"Internal Server Error"}""");
        _api.Script("sendMessage", status, "<html>bad gateway</html>");

        var send = _sender.TrySendAsync((c, t) => c.SendMessage(1, "hi", cancellationToken: t));
        await _api.WaitForCallAsync("sendMessage");
        await AdvanceUntilCallAsync("sendMessage", 2);
        await AdvanceUntilCallAsync("sendMessage", 3);

        Assert.True(await send.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(3, _api.CallsOf("sendMessage").Count);
        Assert.Equal([$"telegram {status}", $"telegram {status}"], ApiErrors());
    }

    [Fact]
    public async Task TrySendAsync_Forbidden_GivesUpQuietlyWithoutRetry()
    {
        _api.Script("sendMessage", 403, """{"ok":false,"error_code":403,"description":"Forbidden: bot was blocked by the user"}""");

        Assert.False(await _sender.TrySendAsync((c, t) => c.SendMessage(1, "hi", cancellationToken: t)));
        Assert.Single(_api.CallsOf("sendMessage"));
        Assert.DoesNotContain(_logs.Entries, e => e.Level > LogLevel.Debug);
        Assert.Empty(ApiErrors()); // only 429 and 5xx are the platform's trouble
    }

    [Fact]
    public async Task TrySendAsync_BadRequest_ThrowsWithoutRetry()
    {
        _api.Script("sendMessage", 400, """{"ok":false,"error_code":400,"description":"Bad Request: can't parse entities"}""");

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => _sender.TrySendAsync((c, t) => c.SendMessage(1, "hi", cancellationToken: t)));

        Assert.Equal(400, error.ErrorCode);
        Assert.Single(_api.CallsOf("sendMessage"));
    }

    [Fact]
    public async Task SendRepliesAsync_UserBlockedTheBot_StopsAfterTheFirstPart()
    {
        _api.Script("sendMessage", 403, """{"ok":false,"error_code":403,"description":"Forbidden: bot was blocked by the user"}""");

        var sent = await _sender.SendRepliesAsync(1, [new("one"), new("two"), new("three")], replyToMessageId: 9);

        Assert.Single(_api.CallsOf("sendMessage"));
        Assert.Empty(sent);
    }

    [Fact]
    public async Task SendRepliesAsync_ThreeParts_ReturnsTheSentMessagesInOrder()
    {
        var sent = await _sender.SendRepliesAsync(1, [new("one"), new("two"), new("three")], replyToMessageId: 9);

        Assert.Equal(["one", "two", "three"], sent.Select(m => m.Text));
        Assert.Equal(3, sent.Select(m => m.Id).Distinct().Count());
    }

    [Fact]
    public async Task AddTelegramBotClient_Calls_FactoryClientThatNeverLogsTheToken()
    {
        _api.Script("sendMessage", 429, """{"ok":false,"error_code":429,"parameters":{"retry_after":1}}""");

        var send = _sender.TrySendAsync((c, t) => c.SendMessage(1, "hi", cancellationToken: t));
        await _api.WaitForCallAsync("sendMessage");
        await AdvanceUntilCallAsync("sendMessage", 2);
        await send.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Same(_services.GetRequiredService<HttpClient>(), _services.GetRequiredService<HttpClient>());
        Assert.Equal(Timeout.InfiniteTimeSpan, _services.GetRequiredService<HttpClient>().Timeout);
        Assert.Contains(_logs.Entries, e => e.Category.StartsWith("Polly", StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Entries, e => e.Message.Contains("SECRET", StringComparison.Ordinal));
    }

    // rightsbot_chat_api_errors_total as counted: "channel code", one per attempt.
    private IEnumerable<string> ApiErrors() => _apiErrors.GetMeasurementSnapshot().Select(m => $"{m.Tags["channel"]} {m.Tags["code"]}");

    private Task<TimeSpan> AdvanceUntilCallAsync(string method, int count)
        => _time.AdvanceUntilAsync(() => _api.CallsOf(method).Count >= count);
}
