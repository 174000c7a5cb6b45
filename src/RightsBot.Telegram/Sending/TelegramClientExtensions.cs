using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RightsBot.Adapters.Http;
using RightsBot.Core.Metrics;
using Telegram.Bot;

namespace RightsBot.Telegram.Sending;

/// <summary>
/// The Bot API client: Telegram.Bot's <see cref="TelegramBotClient"/> over a client from <see cref="IHttpClientFactory"/>
/// with the adapters' shared resilience (<see cref="ChatApiResilience"/>), and the <see cref="TelegramSender"/> on top.
/// </summary>
internal static class TelegramClientExtensions
{
    /// <summary>The factory client every Bot API call goes through.</summary>
    public const string HttpClientName = "RightsBot.Telegram";

    // One attempt may be a long poll of Telegram:PollingTimeoutSeconds (at most 50 s); this outlasts it with room to spare.
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(100);

    // One call with all its retries and 429 waits (each at most RetryAfter.Max) ends within this.
    private static readonly TimeSpan TotalTimeout = TimeSpan.FromMinutes(5);

    // The bot client lives as long as the process, so connections are renewed by age (DNS changes reach it) rather
    // than by the factory's handler rotation, which a long-lived client would never see.
    private static readonly TimeSpan PooledConnectionLifetime = TimeSpan.FromMinutes(5);

    /// <summary>Registers the HTTP client, <see cref="ITelegramBotClient"/> and <see cref="TelegramSender"/>; needs <see cref="TelegramOptions"/>.</summary>
    public static IServiceCollection AddTelegramBotClient(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = PooledConnectionLifetime })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .AddChatApiResilience(new ChatApiTimeouts(AttemptTimeout, TotalTimeout), ChatChannel.Telegram);

        // The one client of the adapter: Telegram.Bot's calls and the polling reader's getUpdates share it.
        services.AddSingleton(sp => sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName));
        services.AddSingleton<ITelegramBotClient>(sp =>
        {
            var settings = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            var clientOptions = new TelegramBotClientOptions(settings.BotToken, string.IsNullOrEmpty(settings.ApiBaseUrl) ? null : settings.ApiBaseUrl)
            {
                // The HTTP client retries (429 with retry_after, 5xx); Telegram.Bot's own 429 retry would wait twice.
                RetryCount = 0,
            };
            return new TelegramBotClient(clientOptions, sp.GetRequiredService<HttpClient>());
        });
        services.AddSingleton<TelegramSender>();
        return services;
    }
}
