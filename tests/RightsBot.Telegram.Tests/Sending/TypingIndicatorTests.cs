using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using RightsBot.Telegram.Sending;
using RightsBot.Telegram.Tests.EndToEnd;
using Telegram.Bot;

namespace RightsBot.Telegram.Tests.Sending;

public sealed class TypingIndicatorTests : IAsyncLifetime, IDisposable
{
    private const long ChatId = 6;
    private readonly FakeTimeProvider _time = new();
    private BotApiStandIn _api = null!;
    private HttpClient _http = null!;
    private TelegramSender _sender = null!;

    public async Task InitializeAsync()
    {
        _api = await BotApiStandIn.StartAsync();
        _http = new HttpClient();
        var client = new TelegramBotClient(new TelegramBotClientOptions("7003:typing", _api.BaseUrl.ToString()) { RetryCount = 0 }, _http);
        _sender = new TelegramSender(client, NullLogger<TelegramSender>.Instance);
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task StopAsync_BeforeTheDelay_NoChatActionEvenLater()
    {
        using var typing = TypingIndicator.Start(_sender, ChatId, _time);
        _time.Advance(TypingIndicator.Delay - TimeSpan.FromMilliseconds(1));

        await typing.StopAsync();
        _time.Advance(TimeSpan.FromSeconds(10));

        Assert.Empty(_api.CallsOf("sendChatAction"));
    }

    [Fact]
    public async Task StopAsync_AfterTheDelay_OneTypingActionAlreadyDelivered()
    {
        using var typing = TypingIndicator.Start(_sender, ChatId, _time);
        _time.Advance(TypingIndicator.Delay);

        // Stopping waits for the chat action on its way, so an answer sent next cannot overtake it.
        await typing.StopAsync().WaitAsync(TimeSpan.FromSeconds(10));

        var action = Assert.Single(_api.CallsOf("sendChatAction"))!;
        Assert.Equal(ChatId, action["chat_id"]!.GetValue<long>());
        Assert.Equal("typing", action["action"]!.GetValue<string>());
    }

    [Fact]
    public async Task StopAsync_AnswerCancelledBeforeTheDelay_NoChatAction()
    {
        using var cancel = new CancellationTokenSource();
        using var typing = TypingIndicator.Start(_sender, ChatId, _time, cancel.Token);

        await cancel.CancelAsync();
        _time.Advance(TimeSpan.FromSeconds(5));
        await typing.StopAsync();

        Assert.Empty(_api.CallsOf("sendChatAction"));
    }

    [Fact]
    public async Task StopAsync_OnTheIndicatorThatNeverShows_ReturnsAtOnceEveryTime()
    {
        using var typing = TypingIndicator.Never();
        _time.Advance(TimeSpan.FromSeconds(5));

        await typing.StopAsync();
        await typing.StopAsync();

        Assert.Empty(_api.CallsOf("sendChatAction"));
    }
}
