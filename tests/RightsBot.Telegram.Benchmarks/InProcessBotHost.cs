using System.Diagnostics;
using RightsBot.Core;
using RightsBot.Core.Answering;
using RightsBot.Core.Retrieval;
using RightsBot.Embeddings;

namespace RightsBot.Telegram.Benchmarks;

/// <summary>
/// The Telegram adapter and the real core over corpus/ in this process: quick to start and easy to profile, but the
/// load generator and the stand-in share its thread pool, so its figures are not those of a client outside.
/// </summary>
internal sealed class InProcessBotHost(WebApplication app, Uri baseAddress) : IBotHost
{
    public Uri BaseAddress { get; } = baseAddress;

    public TimeSpan CpuTime => Process.GetCurrentProcess().TotalProcessorTime;

    public string CpuScope => "host, Bot API stand-in and load generator together";

    public static async Task<InProcessBotHost> StartAsync(string root, BotApiStandIn api, bool hybrid, string secret)
    {
        var port = Ports.Free();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = root, EnvironmentName = "Benchmark" });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(BotSettings.For(root, api, port, hybrid, secret));
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        builder.Services.AddRightsBotCore();
        if (hybrid)
        {
            // Hybrid mode over the cached passage vectors (made by `index` once); lexical otherwise.
            builder.Services.AddMiniLmEmbeddings();
        }

        builder.AddTelegramAdapter();
        var app = builder.Build();
        app.MapTelegramWebhook();
        await app.StartAsync();
        await api.WebhookSet.Task.WaitAsync(TimeSpan.FromSeconds(30));
        if (hybrid && !await app.Services.GetRequiredService<IIndexStatus>().PrepareDenseAsync())
        {
            throw new InvalidOperationException("hybrid mode is off (Retrieval:Dense)");
        }

        // Load the index before the warm-up round.
        await app.Services.GetRequiredService<IQuestionAnswerer>().AnswerAsync(new Question("is torture prohibited?"));
        return new InProcessBotHost(app, new Uri($"http://127.0.0.1:{port}"));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
