using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RightsBot.Adapters.Readiness;
using RightsBot.Core.Conversation;
using RightsBot.Core.Languages;
using RightsBot.Telegram.Retrying;
using RightsBot.Telegram.Updates;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace RightsBot.Telegram.Startup;

/// <summary>
/// At start-up: getMe, setMyCommands (the English menu for everyone, and a Russian and a Kazakh one for clients in
/// those languages), and setWebhook (webhook mode) or deleteWebhook (polling mode), retrying with back-off until the
/// Bot API answers, so a network hiccup at boot never stops the host.
/// </summary>
internal sealed class TelegramBotInitializer(
    ITelegramBotClient client,
    BotIdentity identity,
    AdapterReadiness readiness,
    IOptions<TelegramOptions> options,
    TimeProvider timeProvider,
    ILogger<TelegramBotInitializer> logger) : BackgroundService
{
    /// <summary>The menu's commands, in its order; each one's description is the catalogue's "telegram-menu-" text.</summary>
    public static readonly string[] CommandNames = ["ask", "compare", "country", "new", "sources", "help", "about", "start"];

    /// <summary>
    /// The menus besides the default (English, for every other language): Telegram shows the one registered for the
    /// user's <c>language_code</c>.
    /// </summary>
    public static readonly IReadOnlyList<(string LanguageCode, Language Language)> MenuLanguages = [("ru", Language.Russian), ("kk", Language.Kazakh)];

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
        await SetMenuAsync(Commands(BotTexts.English), null, cancellationToken).ConfigureAwait(false);
        foreach (var (code, language) in MenuLanguages)
        {
            await SetMenuAsync(Commands(BotTexts.For(language)), code, cancellationToken).ConfigureAwait(false);
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

    /// <summary>The menu in <paramref name="t"/>'s language.</summary>
    public static BotCommand[] Commands(BotTexts t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return [.. CommandNames.Select(name => new BotCommand(name, t["telegram-menu-" + name]))];
    }

    private async Task SetMenuAsync(BotCommand[] commands, string? languageCode, CancellationToken cancellationToken)
    {
        try
        {
            await client.SetMyCommands(commands, languageCode: languageCode, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The menu of commands is a convenience; answering questions does not depend on it.
            logger.LogWarning("setMyCommands ({Language}) failed ({Error}); the bot runs without that command menu", languageCode ?? "default", ex.GetType().Name);
        }
    }

    // The bot's own public name (not a user's): safe to log, and it tells the operator which bot is running.
    private static string? BotName(global::Telegram.Bot.Types.User me) => me.Username;
}
