using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using RightsBot.TestSupport;

namespace RightsBot.Tests.Hosting;

/// <summary>
/// Just enough of the Telegram Bot API on a free 127.0.0.1 port for the adapter to start and poll an empty queue:
/// getMe waits until the test calls <see cref="AnswerGetMe"/>, so the adapter stays "not started" until then.
/// </summary>
internal sealed class BotApiStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TaskCompletionSource _getMe = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private BotApiStandIn(WebApplication app) => _app = app;

    /// <summary>What Telegram:ApiBaseUrl takes.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<BotApiStandIn> StartAsync()
    {
        var standIn = new BotApiStandIn(LoopbackApp.Create());
        standIn._app.MapPost("/bot{token}/{method}", standIn.AnswerAsync);
        standIn.BaseUrl = await LoopbackApp.StartAsync(standIn._app);
        return standIn;
    }

    /// <summary>Lets getMe answer: the adapter's start-up then completes.</summary>
    public void AnswerGetMe() => _getMe.TrySetResult();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> AnswerAsync(string method, CancellationToken cancellationToken)
    {
        switch (method)
        {
            case "getMe":
                await _getMe.Task.WaitAsync(cancellationToken);
                return Results.Json(new { ok = true, result = new { id = 42, is_bot = true, first_name = "RightsBot", username = "rightsbot_test_bot" } });
            case "getUpdates":
                // An idle long poll, kept short so a stopping host is not held.
                await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
                return Results.Json(new { ok = true, result = Array.Empty<object>() });
            default:
                return Results.Json(new { ok = true, result = true });
        }
    }
}
