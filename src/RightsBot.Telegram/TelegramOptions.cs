using System.ComponentModel.DataAnnotations;

namespace RightsBot.Telegram;

/// <summary>Configuration section "Telegram": the bot token, where the Bot API is, and how updates arrive.</summary>
public sealed class TelegramOptions : IValidatableObject
{
    public const string SectionName = "Telegram";

    /// <summary>Whether <c>serve</c> runs the Telegram adapter at all.</summary>
    public bool Enabled { get; set; }

    /// <summary>The token BotFather gave (secret: keep it in the environment variable Telegram__BotToken).</summary>
    public string BotToken { get; set; } = string.Empty;

    /// <summary>Another Bot API server (a local telegram-bot-api, an emulator); empty for Telegram's own.</summary>
    public string ApiBaseUrl { get; set; } = string.Empty;

    public TelegramMode Mode { get; set; } = TelegramMode.Polling;

    /// <summary>The public HTTPS URL Telegram posts to in webhook mode, ending in /telegram/webhook.</summary>
    public string WebhookUrl { get; set; } = string.Empty;

    /// <summary>Shared secret Telegram sends in X-Telegram-Bot-Api-Secret-Token (secret: 1–256 of A-Z a-z 0-9 _ -).</summary>
    public string SecretToken { get; set; } = string.Empty;

    /// <summary>Folder for the polling offset file.</summary>
    public string StatePath { get; set; } = ".state/telegram";

    /// <summary>How long one getUpdates call waits for news.</summary>
    [Range(0, 50)]
    public int PollingTimeoutSeconds { get; set; } = 25;

    /// <summary>The number of workers when neither Workers nor WebhookWorkers is set.</summary>
    public const int DefaultWorkers = 32;

    /// <summary>How many updates are handled at once, in either mode: different chats in parallel, each chat in order.</summary>
    [Range(1, 256)]
    public int? Workers { get; set; }

    /// <summary>The former name of <see cref="Workers"/> (from when only webhook mode had workers), read when Workers is not set.</summary>
    [Range(1, 256)]
    public int? WebhookWorkers { get; set; }

    /// <summary>The number of workers in effect: <see cref="Workers"/>, else <see cref="WebhookWorkers"/>, else the default.</summary>
    public int WorkerCount => Workers ?? WebhookWorkers ?? DefaultWorkers;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(BotToken) || !BotToken.Contains(':', StringComparison.Ordinal))
        {
            yield return new ValidationResult(
                "Telegram:BotToken is missing or malformed: set the token from BotFather in the environment variable Telegram__BotToken.",
                [nameof(BotToken)]);
        }

        if (!string.IsNullOrEmpty(ApiBaseUrl) && !IsHttpUrl(ApiBaseUrl))
        {
            yield return new ValidationResult("Telegram:ApiBaseUrl must be an absolute http(s) URL or empty.", [nameof(ApiBaseUrl)]);
        }

        if (Mode == TelegramMode.Webhook)
        {
            if (!IsWebhookUrl(WebhookUrl))
            {
                yield return new ValidationResult(
                    "Telegram:WebhookUrl must be the public https:// URL of /telegram/webhook in webhook mode (http:// only on loopback: 127.0.0.1, ::1, localhost).",
                    [nameof(WebhookUrl)]);
            }

            if (!IsValidSecret(SecretToken))
            {
                yield return new ValidationResult(
                    "Telegram:SecretToken must be 1-256 characters of A-Z, a-z, 0-9, _ and - in webhook mode (set Telegram__SecretToken).",
                    [nameof(SecretToken)]);
            }
        }
    }

    private static bool IsHttpUrl(string value)
        => Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    // Telegram posts updates over HTTPS only; plain HTTP is for a local Bot API server or an emulator on this machine.
    private static bool IsWebhookUrl(string value)
        => Uri.TryCreate(value, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));

    private static bool IsValidSecret(string value)
        => value.Length is >= 1 and <= 256 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
}
