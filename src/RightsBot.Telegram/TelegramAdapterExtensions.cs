using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RightsBot.Adapters.Hosting;
using RightsBot.Adapters.RateLimiting;
using RightsBot.Adapters.Readiness;
using RightsBot.Core;
using RightsBot.Core.Answering;
using RightsBot.Telegram.Asking;
using RightsBot.Telegram.Conversations;
using RightsBot.Telegram.Countries;
using RightsBot.Telegram.Dispatching;
using RightsBot.Telegram.Feedback;
using RightsBot.Telegram.Formatting;
using RightsBot.Telegram.Polling;
using RightsBot.Telegram.Sending;
using RightsBot.Telegram.Startup;
using RightsBot.Telegram.Updates;
using RightsBot.Telegram.Webhook;

namespace RightsBot.Telegram;

/// <summary>Wires the Telegram adapter into the <c>serve</c> host: one call on the builder, one on the app.</summary>
public static class TelegramAdapterExtensions
{
    /// <summary>The adapter's name in <see cref="AdapterReadiness"/> (and so in /healthz/ready's reasons).</summary>
    public const string ReadinessName = "telegram";

    /// <summary>Registers the adapter when Telegram:Enabled is true; does nothing otherwise.</summary>
    public static WebApplicationBuilder AddTelegramAdapter(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration.GetSection(TelegramOptions.SectionName);
        if (!section.GetValue<bool>(nameof(TelegramOptions.Enabled)))
        {
            return builder;
        }

        var services = builder.Services;
        services.AddOptions<TelegramOptions>()
            .BindConfiguration(TelegramOptions.SectionName)
            .PostConfigure<IHostEnvironment>((options, environment) =>
                options.StatePath = Path.GetFullPath(options.StatePath, environment.ContentRootPath))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<LimitsOptions>().BindConfiguration(LimitsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<FeedbackOptions>()
            .BindConfiguration(FeedbackOptions.SectionName)
            .PostConfigure<IHostEnvironment>((options, environment) => options.Path = Path.GetFullPath(options.Path, environment.ContentRootPath));
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<TelegramAdapterMarker>();
        services.AddAdapterReadiness().Expect(ReadinessName);
        services.AddTelegramBotClient();
        services.AddSingleton<BotIdentity>();
        services.AddSingleton<TelegramAnswerStreamer>();
        services.TryAddSingleton<UserRateLimiter<long>>();
        services.AddAnswerMetrics();
        services.AddSingleton<FeedbackStore>();
        services.AddSingleton<ChatChoices>();
        services.AddSingleton<TelegramQuestionAsker>();
        services.AddSingleton<CountryPicker>();
        services.AddSingleton<TelegramUpdateHandler>();
        services.AddHostedService<TelegramBotInitializer>();

        var webhook = section.GetValue<TelegramMode>(nameof(TelegramOptions.Mode)) == TelegramMode.Webhook;
        services.AddSingleton(sp =>
        {
            var dispatcher = new UpdateDispatcher(
                sp.GetRequiredService<TelegramUpdateHandler>().HandleSafelyAsync,
                sp.GetRequiredService<IOptions<TelegramOptions>>().Value.WorkerCount,
                finishWaitingOnStop: webhook,
                sp.GetRequiredService<ILogger<UpdateDispatcher>>());

            // From SIGTERM on no new answer starts; polling leaves the updates still waiting with Telegram.
            sp.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(dispatcher.StopAccepting);
            return dispatcher;
        });
        services.AddHostedService(sp => sp.GetRequiredService<UpdateDispatcher>());
        if (webhook)
        {
            services.AddSingleton<SecretTokenValidator>();
            services.AddSingleton<UpdateDeduplicator>(_ => new UpdateDeduplicator());
        }
        else
        {
            services.AddSingleton<UpdateOffsetStore>();
            services.AddSingleton<UpdateBatchReader>();
            services.AddHostedService<TelegramPollingService>();
        }

        return builder;
    }

    /// <summary>Maps POST /telegram/webhook when the adapter runs in webhook mode; does nothing otherwise.</summary>
    public static WebApplication MapTelegramWebhook(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetService<TelegramAdapterMarker>() is not null && app.Services.GetService<SecretTokenValidator>() is not null)
        {
            app.MapPost(TelegramWebhookEndpoint.Route, TelegramWebhookEndpoint.HandleAsync)
                .AddEndpointFilter<ShutdownRefusalFilter>();
        }

        return app;
    }
}
