using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RightsBot.Adapters.Readiness;
using RightsBot.Telegram.Retrying;
using RightsBot.Telegram.Updates;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace RightsBot.Telegram.Startup;

/// <summary>
/// At start-up: getMe, setMyCommands, and setWebhook (webhook mode) or deleteWebhook (polling mode), retrying with
/// back-off until the Bot API answers, so a network hiccup at boot never stops the host.
/// </summary>
internal sealed class TelegramBotInitializer(
    ITelegramBotClient client,
    BotIdentity identity,
    AdapterReadiness readiness,
    IOptions<TelegramOptions> options,
    TimeProvider timeProvider,
    ILogger<TelegramBotInitializer> logger) : BackgroundService
{
    public static readonly BotCommand[] Commands =
    [
        new("ask", "Ask a question about the human-rights reports"),
        new("compare", "Compare a country's reports across years, or countries"),
        new("country", "Choose the country (and year) your questions are about"),
        new("new", "Forget the previous question and the chosen country"),
        new("sources", "List the reports I answer from"),
        new("help", "How to ask, and every command"),
        new("about", "What RightsBot is; it stores nothing about you"),
        new("start", "Greeting and example questions"),
    ];

    // The typical wait after the first failed start-up, and the longest between two tries.
    private static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Start-up must happen before anything else works: tried again with back-off until it does or the host stops.
        var retry = UntilStoppedRetry.Create(timeProvider, FirstDelay, MaxBackoff,
            (error, delay) => logger.LogWarning("Telegram start-up failed ({Error}: {Message}); retrying in {Delay}", error.GetType().Name, error.Message, delay));
        try
        {
            await retry.ExecuteAsync(async token => await InitializeAsync(token).ConfigureAwait(false), stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var me = await client.GetMe(cancellationToken).ConfigureAwait(false);
        try
        {
            await client.SetMyCommands(Commands, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The menu of commands is a convenience; answering questions does not depend on it.
            logger.LogWarning("setMyCommands failed ({Error}); the bot runs without a command menu", ex.GetType().Name);
        }

        if (settings.Mode == TelegramMode.Webhook)
        {
            await client.SetWebhook(
                settings.WebhookUrl,
                allowedUpdates: TelegramUpdateTypes.Allowed,
                secretToken: settings.SecretToken,
                cancellationToken: cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Telegram webhook registered for @{Bot}", BotName(me));
        }
        else
        {
            await client.DeleteWebhook(dropPendingUpdates: false, cancellationToken).ConfigureAwait(false);
        }

        identity.SetReady(me);
        readiness.MarkStarted(TelegramAdapterExtensions.ReadinessName);
        logger.LogInformation("Telegram adapter ready as @{Bot} in {Mode} mode", BotName(me), settings.Mode);
    }

    // The bot's own public name (not a user's): safe to log, and it tells the operator which bot is running.
    private static string? BotName(global::Telegram.Bot.Types.User me) => me.Username;
}
