using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace RightsBot.TestSupport.OpenAI;

/// <summary>
/// A small OpenAI-compatible chat server on a free 127.0.0.1 port: POST /v1/chat/completions in plain JSON and in
/// server-sent events, recording every request and playing scripted replies in order.
/// </summary>
public sealed class FakeOpenAIServer : IAsyncDisposable
{
    private const string DefaultReply = "The reports describe restrictions [1].";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedReply> _script = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly Lock _gate = new();
    private TaskCompletionSource<RecordedRequest> _nextRequest = NewSignal();

    private FakeOpenAIServer(WebApplication app) => _app = app;

    /// <summary>The base address a client is configured with, ending in /v1.</summary>
    public Uri Endpoint { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public static async Task<FakeOpenAIServer> StartAsync()
    {
        var app = LoopbackApp.Create();
        var server = new FakeOpenAIServer(app);
        app.MapPost("/v1/chat/completions", server.HandleAsync);
        server.Endpoint = new Uri((await LoopbackApp.StartAsync(app)).ToString().TrimEnd('/') + "/v1");
        return server;
    }

    public void Enqueue(params ScriptedReply[] replies)
    {
        foreach (var reply in replies)
        {
            _script.Enqueue(reply);
        }
    }

    /// <summary>Completes when the next request has been received and recorded.</summary>
    public Task<RecordedRequest> NextRequestAsync()
    {
        lock (_gate)
        {
            return _nextRequest.Task;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static TaskCompletionSource<RecordedRequest> NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var request = Parse(context.Request.Headers.Authorization.FirstOrDefault(), body);
        TaskCompletionSource<RecordedRequest> signal;
        lock (_gate)
        {
            _requests.Add(request);
            signal = _nextRequest;
            _nextRequest = NewSignal();
        }

        signal.TrySetResult(request);
        var reply = _script.TryDequeue(out var scripted) ? scripted : ScriptedReply.Text(DefaultReply);
        await PlayAsync(context, request, reply);
    }

    private async Task PlayAsync(HttpContext context, RecordedRequest request, ScriptedReply reply)
    {
        if (reply.Delay > TimeSpan.Zero && !await PauseAsync(context, reply.Delay))
        {
            return;
        }

        switch (reply.Kind)
        {
            case ScriptedReplyKind.Error:
                context.Response.StatusCode = reply.StatusCode;
                await context.Response.WriteAsJsonAsync(new { error = new { message = "scripted failure", type = "server_error", code = (string?)null } });
                return;
            case ScriptedReplyKind.Late:
                if (!await PauseAsync(context, TimeSpan.FromMinutes(2)))
                {
                    return;
                }

                await WriteReplyAsync(context, request, reply, cutOff: false);
                return;
            case ScriptedReplyKind.CutOff:
                await WriteReplyAsync(context, request, reply, cutOff: true);
                return;
            default:
                await WriteReplyAsync(context, request, reply, cutOff: false);
                return;
        }
    }

    // False when the client hung up or the server is stopping meanwhile.
    private async Task<bool> PauseAsync(HttpContext context, TimeSpan pause)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _app.Lifetime.ApplicationStopping);
        try
        {
            await Task.Delay(pause, wait.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task WriteReplyAsync(HttpContext context, RecordedRequest request, ScriptedReply reply, bool cutOff)
    {
        var content = reply.Content;
        if (!request.Stream)
        {
            var json = JsonSerializer.Serialize(new
            {
                id = "chatcmpl-fake",
                @object = "chat.completion",
                created = 1_700_000_000,
                model = request.Model,
                choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
                usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
            });
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(cutOff ? json[..(json.Length / 2)] : json);
            await context.Response.Body.FlushAsync();
            if (cutOff)
            {
                context.Abort();
            }

            return;
        }

        context.Response.ContentType = "text/event-stream";
        await WriteEventAsync(context, Chunk(request.Model, new { role = "assistant", content = "" }, null));
        foreach (var piece in Pieces(content))
        {
            if (reply.ChunkGap > TimeSpan.Zero && !await PauseAsync(context, reply.ChunkGap))
            {
                return;
            }

            await WriteEventAsync(context, Chunk(request.Model, new { content = piece }, null));
        }

        if (cutOff)
        {
            context.Abort();
            return;
        }

        await WriteEventAsync(context, Chunk(request.Model, new { }, "stop"));
        await context.Response.WriteAsync("data: [DONE]\n\n");
        await context.Response.Body.FlushAsync();
    }

    private static string Chunk(string model, object delta, string? finishReason)
        => JsonSerializer.Serialize(new
        {
            id = "chatcmpl-fake",
            @object = "chat.completion.chunk",
            created = 1_700_000_000,
            model,
            choices = new[] { new { index = 0, delta, finish_reason = finishReason } },
        });

    private static async Task WriteEventAsync(HttpContext context, string json)
    {
        await context.Response.WriteAsync($"data: {json}\n\n");
        await context.Response.Body.FlushAsync();
    }

    // Several small chunks, as a real model streams them.
    private static IEnumerable<string> Pieces(string content)
    {
        const int size = 12;
        for (var i = 0; i < content.Length; i += size)
        {
            yield return content.Substring(i, Math.Min(size, content.Length - i));
        }
    }

    private static RecordedRequest Parse(string? authorization, string body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var stream = root.TryGetProperty("stream", out var s) && s.ValueKind == JsonValueKind.True;
        var messages = root.GetProperty("messages").EnumerateArray()
            .Select(m => new RecordedMessage(m.GetProperty("role").GetString()!, TextOf(m.GetProperty("content"))))
            .ToList();
        return new RecordedRequest(authorization, body, root.GetProperty("model").GetString()!, stream, messages);
    }

    private static string TextOf(JsonElement content)
        => content.ValueKind == JsonValueKind.String
            ? content.GetString()!
            : string.Concat(content.EnumerateArray().Where(p => p.TryGetProperty("text", out _)).Select(p => p.GetProperty("text").GetString()));
}
