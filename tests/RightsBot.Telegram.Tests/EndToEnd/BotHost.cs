using RightsBot.TestSupport;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Hosting;
using RightsBot.Core;
using RightsBot.Summarization;
using RightsBot.Telegram.Polling;
using RightsBot.Telegram.Tests.Fakes;

namespace RightsBot.Telegram.Tests.EndToEnd;

/// <summary>
/// The serve host as src/RightsBot composes it (real core over corpus/, AddSummarization — off unless
/// Summarization:Enabled is set —, AddTelegramAdapter, MapTelegramWebhook),
/// on Kestrel at a free 127.0.0.1 port, with configuration given in code only.
/// </summary>
internal sealed class BotHost : IAsyncDisposable
{
    // Under the test output, so a cache from another checkout or core version is never picked up.
    internal static readonly string SharedIndexCache = Path.Combine(AppContext.BaseDirectory, "index-cache");
    private readonly WebApplication _app;

    private BotHost(WebApplication app, Uri baseUrl, CapturingLoggerProvider logs)
    {
        _app = app;
        BaseUrl = baseUrl;
        Logs = logs;
    }

    public Uri BaseUrl { get; }

    public CapturingLoggerProvider Logs { get; }

    public IServiceProvider Services => _app.Services;


    /// <param name="settings">Configuration; Telegram:* at least. Corpus and logging defaults are filled in.</param>
    /// <param name="port">The port to listen on (webhook tests need it before start-up, for Telegram:WebhookUrl).</param>
    /// <param name="configureServices">Replaces services before the adapter is added (e.g. a fake core).</param>
    public static async Task<BotHost> StartAsync(IDictionary<string, string?> settings, int? port = null, Action<IServiceCollection>? configureServices = null)
    {
        var baseUrl = new Uri($"http://127.0.0.1:{port ?? LoopbackPort.Free()}");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = RepositoryRoot.Path });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Corpus:Path"] = Path.Combine(RepositoryRoot.Path, "corpus"),
            ["Corpus:CachePath"] = SharedIndexCache,
            ["Limits:QuestionsPerMinute"] = "60",
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseUrls(baseUrl.ToString());
        var logs = new CapturingLoggerProvider();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddRightsBotCore();
        builder.Services.AddSummarization(builder.Configuration);
        configureServices?.Invoke(builder.Services);
        builder.AddTelegramAdapter();

        var app = builder.Build();
        app.MapTelegramWebhook();
        await app.StartAsync();
        return new BotHost(app, baseUrl, logs);
    }

    /// <summary>Completes when the host begins to stop (ApplicationStopping, what SIGTERM triggers first); call it before.</summary>
    public Task StopBegunAsync()
    {
        var begun = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _app.Lifetime.ApplicationStopping.Register(() => begun.TrySetResult());
        return begun.Task;
    }

    /// <summary>Shuts the host down as SIGTERM would, with <paramref name="cancellationToken"/> standing for the end of the shutdown time.</summary>
    public Task StopAsync(CancellationToken cancellationToken = default) => _app.StopAsync(cancellationToken);

    /// <summary>The polling service (polling mode only).</summary>
    internal TelegramPollingService Polling => _app.Services.GetServices<IHostedService>().OfType<TelegramPollingService>().Single();

    /// <summary>
    /// Stops as SIGTERM would, the shutdown time (Host:ShutdownSeconds) running out as soon as polling has ended:
    /// what is still being answered then is cut short.
    /// </summary>
    public async Task StopPastTheDeadlineAsync()
    {
        using var deadline = new CancellationTokenSource();
        var stopped = StopAsync(deadline.Token);
        await Polling.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));
        await deadline.CancelAsync();
        await stopped.WaitAsync(TimeSpan.FromSeconds(30));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
