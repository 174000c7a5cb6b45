using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RightsBot.Adapters.Hosting;
using RightsBot.Adapters.Http;
using RightsBot.Adapters.RateLimiting;
using RightsBot.Adapters.Readiness;
using RightsBot.Core;
using RightsBot.Core.Answering;
using RightsBot.Core.Conversation;
using RightsBot.Core.Metrics;
using RightsBot.Discord.Commands;
using RightsBot.Discord.FollowUps;
using RightsBot.Discord.Interactions;
using RightsBot.Discord.Models;
using RightsBot.Discord.Rest;
using RightsBot.Discord.Settings;
using RightsBot.Discord.Verification;

namespace RightsBot.Discord;

/// <summary>Wires the Discord adapter into a host: <c>builder.AddDiscordAdapter()</c>, then <c>app.MapDiscordInteractions()</c>.</summary>
public static class DiscordAdapterExtensions
{
    /// <summary>Where Discord posts interactions (the application's Interactions Endpoint URL path).</summary>
    public const string InteractionsPath = "/discord/interactions";

    /// <summary>The adapter's name in <see cref="AdapterReadiness"/> (and so in /healthz/ready's reasons).</summary>
    public const string ReadinessName = "discord";

    // Discord asks REST clients to identify as "DiscordBot ($url, $version)".
    private const string UserAgent = "DiscordBot (RightsBot, 1.0)";

    // One REST call; Discord answers in well under a second when it is well.
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);

    // One call with its retries and 429 waits; the deferred-answer edit has its own, shorter deadline.
    private static readonly TimeSpan TotalTimeout = TimeSpan.FromSeconds(100);

    /// <summary>
    /// Registers the whole Discord adapter: options, REST client, command registrar and interaction handling.
    /// Takes any <see cref="IHostApplicationBuilder"/> (a WebApplicationBuilder in <c>serve</c>). Needs the core's
    /// <see cref="IQuestionAnswerer"/>.
    /// </summary>
    public static TBuilder AddDiscordAdapter<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddDiscordRestClient();

        // As Telegram:StatePath: relative to the folder of appsettings.json (the content root), not the working folder.
        var contentRoot = builder.Environment.ContentRootPath;
        services.PostConfigure<DiscordOptions>(options =>
        {
            if (!string.IsNullOrWhiteSpace(options.StatePath))
            {
                options.StatePath = Path.GetFullPath(options.StatePath, contentRoot);
            }
        });
        services.TryAddSingleton<DiscordServerSettingsStore>();
        services.TryAddSingleton(sp => new DiscordSignatureVerifier(sp.GetRequiredService<IOptions<DiscordOptions>>().Value.PublicKey));
        services.TryAddSingleton<UserRateLimiter<string>>();
        services.AddAnswerMetrics();
        services.TryAddSingleton<DiscordDeferredReplies>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, DiscordDeferredReplies>(sp => sp.GetRequiredService<DiscordDeferredReplies>()));
        services.AddOptions<ConversationOptions>().BindConfiguration(ConversationOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<DiscordReaskStore>();
        services.TryAddSingleton<DiscordAnswerRenderer>();
        services.TryAddScoped<DiscordAnswerResponder>();
        services.TryAddScoped<DiscordAskHandler>();
        services.TryAddScoped<DiscordCompareHandler>();
        services.TryAddScoped<DiscordSettingsHandler>();
        services.TryAddScoped<DiscordReaskHandler>();
        services.TryAddScoped<DiscordInteractionHandler>();
        services.AddAdapterReadiness();
        return builder;
    }

    /// <summary>
    /// Registers only the Discord options, the REST client and the command registrar: what the
    /// <c>discord register-commands</c> CLI needs, in a plain service collection without a host.
    /// </summary>
    public static IServiceCollection AddDiscordRestClient(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<DiscordOptions>().BindConfiguration(DiscordOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());
        services.AddOptions<LimitsOptions>().BindConfiguration(LimitsOptions.SectionName).ValidateDataAnnotations();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DiscordRateLimitBuckets>();
        services.TryAddTransient<DiscordRateLimitHandler>();
        services.TryAddTransient<DiscordCommandRegistrar>();

        var rest = services.AddHttpClient<DiscordRestClient>((sp, client) =>
            {
                // A bad URL is reported by start-up validation (serve) or by the registrar (CLI), not from in here.
                if (Uri.TryCreate(sp.GetRequiredService<IOptions<DiscordOptions>>().Value.ApiBaseUrlOrDefault + "/", UriKind.Absolute, out var baseUri))
                {
                    client.BaseAddress = baseUri;
                }

                client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
            });

        // Outermost, the adapters' shared resilience: 429 waits retry_after, 5xx backs off, and no URL is logged (a
        // webhook URL carries the interaction token). Each attempt then passes the X-RateLimit bucket gate.
        rest.AddChatApiResilience(new ChatApiTimeouts(AttemptTimeout, TotalTimeout), ChatChannel.Discord);
        rest.AddHttpMessageHandler<DiscordRateLimitHandler>();
        return services;
    }

    /// <summary>Maps <c>POST /discord/interactions</c> behind the signature filter when <c>Discord:Enabled</c> is true.</summary>
    public static WebApplication MapDiscordInteractions(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Services.GetRequiredService<IOptions<DiscordOptions>>().Value.Enabled)
        {
            return app;
        }

        // During shutdown a new interaction is refused before its signature is even read: no new answer starts.
        app.MapPost(InteractionsPath, HandleInteractionAsync)
            .AddEndpointFilter<ShutdownRefusalFilter>()
            .AddEndpointFilter<DiscordSignatureFilter>()
            .WithName("DiscordInteractions");

        // Discord calls in, nothing to set up first: the adapter has started once the server listens.
        var readiness = app.Services.GetRequiredService<AdapterReadiness>();
        readiness.Expect(ReadinessName);
        app.Lifetime.ApplicationStarted.Register(() => readiness.MarkStarted(ReadinessName));
        return app;
    }

    private static async Task<IResult> HandleInteractionAsync(HttpContext context, DiscordInteractionHandler handler, CancellationToken cancellationToken)
    {
        var interaction = DiscordSignatureFilter.GetInteraction(context);
        var response = await handler.HandleAsync(interaction, cancellationToken).ConfigureAwait(false);
        return Results.Json(response, DiscordJson.Options);
    }
}
