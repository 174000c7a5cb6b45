using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using RightsBot.Telegram.Sending;
using RightsBot.Telegram.Tests.EndToEnd;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace RightsBot.Telegram.Tests.Sending;

public sealed class TelegramSenderTests : IAsyncLifetime, IDisposable
{
    private readonly FakeTimeProvider _time = new();
    private BotApiStandIn _api = null!;
    private HttpClient _http = null!;
    private TelegramSender _sender = null!;

    public async Task InitializeAsync()
    {
        _api = await BotApiStandIn.StartAsync();
        _http = new HttpClient();
        var client = new TelegramBotClient(new TelegramBotClientOptions("5001:sender", _api.BaseUrl.ToString()) { RetryCount = 0 }, _http);
        _sender = new TelegramSender(client, _time, NullLogger<TelegramSender>.Instance);
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task TrySendAsync_TooManyRequests_WaitsRetryAfterThenSucceeds()
    {
        _api.Script("sendMessage", 429, """{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 7","parameters":{"retry_after":7}}""");

        var send = _sender.TrySendAsync((c, t) => c.SendMessage(1, "hi", cancellationToken: t));
        await _api.WaitForCallAsync("sendMessage");
        await AdvanceAsync(TimeSpan.FromSeconds(6.9));
        Assert.Single(_api.CallsOf("sendMessage"));
        await AdvanceAsync(TimeSpan.FromSeconds(0.1));

        Assert.True(await send.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(2, _api.CallsOf("sendMessage").Count);
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
        for (var i = 0; i < 100 && !send.IsCompleted; i++)
        {
            await AdvanceAsync(TimeSpan.FromSeconds(1));
        }

        Assert.True(await send.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(3, _api.CallsOf("sendMessage").Count);
    }

    [Fact]
    public async Task TrySendAsync_Forbidden_GivesUpQuietlyWithoutRetry()
    {
        _api.Script("sendMessage", 403, """{"ok":false,"error_code":403,"description":"Forbidden: bot was blocked by the user"}""");

        Assert.False(await _sender.TrySendAsync((c, t) => c.SendMessage(1, "hi", cancellationToken: t)));
        Assert.Single(_api.CallsOf("sendMessage"));
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

        await _sender.SendRepliesAsync(1, [new("one"), new("two"), new("three")], replyToMessageId: 9);

        Assert.Single(_api.CallsOf("sendMessage"));
    }

    private async Task AdvanceAsync(TimeSpan by)
    {
        // Let the retry strategy reach its delay before the fake clock moves past it.
        await Task.Delay(100);
        _time.Advance(by);
        await Task.Delay(100);
    }
}
