using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace RightsBot.Telegram.Benchmarks;

/// <summary>
/// A loopback Bot API that answers every call at once and records when each chat's sendMessage arrived, so the
/// load generator can time post → answer. It counts every method, to show what the bot calls per answer.
/// </summary>
internal sealed class BotApiStandIn : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, int> calls = new(StringComparer.Ordinal);
    private int messageId;

    private BotApiStandIn(WebApplication app) => this.app = app;

    public ConcurrentDictionary<long, long> AnsweredAt { get; } = new();

    public TaskCompletionSource WebhookSet { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Url => app.Urls.First();

    public IReadOnlyDictionary<string, int> Calls => calls;

    public static async Task<BotApiStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{Ports.Free()}");
        var standIn = new BotApiStandIn(builder.Build());
        standIn.app.MapPost("/bot{token}/{method}", standIn.HandleAsync);
        await standIn.app.StartAsync();
        return standIn;
    }

    public void Reset()
    {
        AnsweredAt.Clear();
        calls.Clear();
    }

    private async Task<IResult> HandleAsync(HttpContext context, string method)
    {
        calls.AddOrUpdate(method, 1, (_, n) => n + 1);
        switch (method)
        {
            case "getMe":
                return Results.Text("""{"ok":true,"result":{"id":1,"is_bot":true,"first_name":"B","username":"BenchBot"}}""", "application/json");
            case "sendMessage":
                using (var body = await JsonDocument.ParseAsync(context.Request.Body))
                {
                    var chatId = body.RootElement.GetProperty("chat_id").GetInt64();
                    AnsweredAt.TryAdd(chatId, Stopwatch.GetTimestamp());
                    return Results.Text(
                        $$"""{"ok":true,"result":{"message_id":{{Interlocked.Increment(ref messageId)}},"date":1700000000,"chat":{"id":{{chatId}},"type":"private"} } }""",
                        "application/json");
                }

            case "setWebhook":
                WebhookSet.TrySetResult();
                return Results.Text("""{"ok":true,"result":true}""", "application/json");
            default:
                return Results.Text("""{"ok":true,"result":true}""", "application/json");
        }
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
