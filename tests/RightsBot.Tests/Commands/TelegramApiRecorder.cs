using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using RightsBot.TestSupport;

namespace RightsBot.Tests.Commands;

/// <summary>
/// The least of the Telegram Bot API that <c>serve</c> needs in webhook mode, on a loopback port: records the
/// methods called and answers each with a plausible success.
/// </summary>
internal sealed class TelegramApiRecorder : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TelegramApiRecorder(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public ConcurrentQueue<string> Methods { get; } = new();

    public static async Task<TelegramApiRecorder> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var baseUrl = new Uri($"http://127.0.0.1:{LoopbackPort.Free()}");
        builder.WebHost.UseUrls(baseUrl.ToString());
        var recorder = new TelegramApiRecorder(builder.Build(), baseUrl);
        recorder._app.MapPost("/bot{token}/{method}", (string method) =>
        {
            recorder.Methods.Enqueue(method);
            return Results.Text(
                method switch
                {
                    "getMe" => """{"ok":true,"result":{"id":1,"is_bot":true,"first_name":"RightsBot","username":"RightsTestBot"}}""",
                    "sendMessage" => """{"ok":true,"result":{"message_id":5,"date":1700000000,"chat":{"id":9,"type":"private"},"text":"answer"}}""",
                    _ => """{"ok":true,"result":true}""",
                },
                "application/json");
        });
        await recorder._app.StartAsync();
        return recorder;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
