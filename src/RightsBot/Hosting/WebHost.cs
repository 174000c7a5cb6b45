using Microsoft.Extensions.Options;
using RightsBot.Core;
using RightsBot.Core.Corpus;
using RightsBot.Embeddings;
using RightsBot.Discord;
using RightsBot.Summarization;
using RightsBot.Telegram;

namespace RightsBot.Hosting;

/// <summary>The <c>serve</c> host: core services, adapters and HTTP endpoints, composed in one place.</summary>
internal static class WebHost
{
    /// <param name="args">Host arguments (e.g. --urls).</param>
    /// <param name="overrides">Configuration that wins over appsettings.json and the environment (tests use it).</param>
    public static WebApplication Build(string[] args, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var contentRoot = AppConfiguration.FindContentRoot();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = contentRoot });
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        builder.Configuration.AddInMemoryCollection(AppConfiguration.ResolvePaths(builder.Configuration, contentRoot));
        builder.Services.AddGracefulShutdown();
        builder.Services.AddRightsBotCore();
        builder.Services.AddSingleton<IValidateOptions<CorpusOptions>, CorpusPathValidator>();
        builder.Services.AddMiniLmEmbeddings();
        builder.Services.AddSummarization(builder.Configuration);
        builder.Services.AddSingleton<StartupOutcome>();
        builder.Services.AddHostedService<IndexWarmUpService>();
        builder.Services.AddReportFetching();
        builder.Services.AddHostedService<ReportsRefreshService>();
        builder.Services.AddHealthProbes();
        builder.AddPrometheusMetrics();

        // Under systemd (Type=notify, deploy/rightsbot.service): READY=1 once started, STOPPING=1 on SIGTERM, and log
        // lines with journald priorities. Elsewhere it changes nothing.
        builder.Services.AddSystemd();

        // Adapters register here: one line each.
        builder.AddDiscordAdapter();
        builder.AddTelegramAdapter();
        var app = builder.Build();
        app.MapHealthEndpoints();
        app.MapPrometheusMetrics();

        // Adapters map their endpoints here: one line each.
        app.MapDiscordInteractions();
        app.MapTelegramWebhook();
        return app;
    }
}
