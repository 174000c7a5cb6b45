using RightsBot.TestSupport;
using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace RightsBot.Telegram.Tests.EndToEnd;

/// <summary>
/// A small loopback Bot API for the methods the emulator lacks (answerInlineQuery, editMessageText) and for failures it cannot
/// produce (429, 5xx, 403): records every call and answers as scripted, else with a plausible success.
/// </summary>
internal sealed class BotApiStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<(int Status, string Body)>> _scripted = new();
    private int _messageId;

    private BotApiStandIn(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public ConcurrentQueue<(string Method, JsonNode? Body)> Calls { get; } = new();

    /// <summary>When set, a getUpdates with nothing scripted is held until the client gives up (a long poll that never ends).</summary>
    public bool HoldGetUpdates { get; set; }

    public static async Task<BotApiStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var port = LoopbackPort.Free();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var standIn = new BotApiStandIn(builder.Build());
        standIn._app.Map("/bot{token}/{method}", standIn.HandleAsync);
        await standIn._app.StartAsync();
        standIn.BaseUrl = new Uri($"http://127.0.0.1:{port}");
        return standIn;
    }

    /// <summary>The next call of <paramref name="method"/> gets this answer instead of the default.</summary>
    public void Script(string method, int status, string body)
        => _scripted.GetOrAdd(method, _ => new ConcurrentQueue<(int, string)>()).Enqueue((status, body));

    public IReadOnlyList<JsonNode?> CallsOf(string method) => Calls.Where(c => c.Method == method).Select(c => c.Body).ToList();

    public async Task<JsonNode?> WaitForCallAsync(string method, int count = 1, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            var calls = CallsOf(method);
            if (calls.Count >= count)
            {
                return calls[count - 1];
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"no call #{count} of {method} reached the stand-in");
    }

    /// <summary>The first call of <paramref name="method"/> whose body matches, once one has arrived.</summary>
    public async Task<JsonNode?> WaitForCallAsync(string method, Func<JsonNode?, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            if (CallsOf(method).FirstOrDefault(match) is { } call)
            {
                return call;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"no matching call of {method} reached the stand-in");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context, string method)
    {
        using var reader = new StreamReader(context.Request.Body);
        var text = await reader.ReadToEndAsync();
        var body = string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text);
        Calls.Enqueue((method, body));
        if (method == "getUpdates" && !(_scripted.TryGetValue(method, out var pending) && !pending.IsEmpty))
        {
            // Nothing new: hold the long poll briefly, as the real Bot API holds it until its timeout.
            using var held = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _app.Lifetime.ApplicationStopping);
            await Task.Delay(HoldGetUpdates ? Timeout.InfiniteTimeSpan : TimeSpan.FromMilliseconds(200), held.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            if (context.RequestAborted.IsCancellationRequested)
            {
                return;
            }
        }

        var (status, response) = _scripted.TryGetValue(method, out var queue) && queue.TryDequeue(out var scripted)
            ? scripted
            : (200, DefaultResult(method, body));
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(response);
    }

    private string DefaultResult(string method, JsonNode? body) => method switch
    {
        "getMe" => """{"ok":true,"result":{"id":777,"is_bot":true,"first_name":"RightsBot","username":"RightsTestBot"}}""",
        "sendMessage" => new JsonObject
        {
            ["ok"] = true,
            ["result"] = new JsonObject
            {
                ["message_id"] = Interlocked.Increment(ref _messageId),
                ["date"] = 1_700_000_000,
                ["chat"] = new JsonObject { ["id"] = body?["chat_id"]?.DeepClone(), ["type"] = "private" },
                ["text"] = body?["text"]?.DeepClone(),
            },
        }.ToJsonString(),
        "editMessageText" => new JsonObject
        {
            ["ok"] = true,
            ["result"] = new JsonObject
            {
                ["message_id"] = body?["message_id"]?.DeepClone(),
                ["date"] = 1_700_000_000,
                ["edit_date"] = 1_700_000_001,
                ["chat"] = new JsonObject { ["id"] = body?["chat_id"]?.DeepClone(), ["type"] = "private" },
                ["text"] = body?["text"]?.DeepClone(),
            },
        }.ToJsonString(),
        "getUpdates" => """{"ok":true,"result":[]}""",
        _ => """{"ok":true,"result":true}""",
    };
}
