using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using RightsBot.TestSupport;

namespace RightsBot.Discord.Tests.TestSupport;

/// <summary>
/// A minimal stand-in for Discord's REST API on a free loopback port: records every request, edits of deferred
/// responses succeed, <c>PUT /applications/{id}/commands</c> answers with the commands and stable ids, and
/// scripted replies (429 with retry_after, 5xx) go first when queued.
/// </summary>
internal sealed class DiscordRestStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, string> _commandIds = new(StringComparer.Ordinal);
    private readonly Channel _arrivals = new();
    private int _nextId = 1000;

    private DiscordRestStandIn(WebApplication app) => _app = app;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public ConcurrentQueue<StandInReply> Script { get; } = new();

    public string ApiBaseUrl { get; private set; } = string.Empty;

    public static async Task<DiscordRestStandIn> StartAsync()
    {
        var app = LoopbackApp.Create();
        var standIn = new DiscordRestStandIn(app);
        app.Run(standIn.HandleAsync);
        standIn.ApiBaseUrl = (await LoopbackApp.StartAsync(app)).ToString().TrimEnd('/') + "/api/v10";
        return standIn;
    }

    /// <summary>Waits until a request matching the predicate has arrived.</summary>
    public async Task<RecordedRequest> WaitForAsync(Func<RecordedRequest, bool> match, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var waiter = _arrivals.Next;
            var found = Requests.FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            await waiter.WaitAsync(cts.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var request = new RecordedRequest(
            context.Request.Method,
            // The raw target, as sent: Path would already be unescaped.
            context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? string.Empty,
            context.Request.Headers.Authorization.ToString() is { Length: > 0 } auth ? auth : null,
            context.Request.Headers.UserAgent.ToString(),
            body,
            DateTimeOffset.UtcNow);
        Requests.Enqueue(request);
        _arrivals.Signal();

        if (Script.TryDequeue(out var scripted))
        {
            context.Response.StatusCode = scripted.Status;
            foreach (var (name, value) in scripted.Headers ?? new Dictionary<string, string>())
            {
                context.Response.Headers[name] = value;
            }

            if (scripted.Json is not null)
            {
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(scripted.Json);
            }

            return;
        }

        if (request.Method == "PUT" && request.Path.EndsWith("/commands", StringComparison.Ordinal))
        {
            var commands = JsonNode.Parse(body)!.AsArray();
            foreach (var command in commands)
            {
                var name = command!["name"]!.GetValue<string>();
                command["id"] = _commandIds.GetOrAdd(name, _ => Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(commands.ToJsonString());
            return;
        }

        if (request.Method == "PATCH" && request.Path.EndsWith("/messages/@original", StringComparison.Ordinal))
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(JsonSerializer.Serialize(new { id = "1", type = 20 }));
            return;
        }

        context.Response.StatusCode = 404;
    }

    /// <summary>A pulse per arrival that waiters can await without polling.</summary>
    private sealed class Channel
    {
        private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Next => Volatile.Read(ref _next).Task;

        public void Signal() => Interlocked.Exchange(ref _next, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }
}
