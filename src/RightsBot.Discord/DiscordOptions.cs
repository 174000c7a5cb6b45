namespace RightsBot.Discord;

/// <summary>Configuration section "Discord": the application the bot answers for and how to reach Discord's REST API.</summary>
public sealed class DiscordOptions
{
    public const string SectionName = "Discord";

    /// <summary>Discord's own REST API, version 10.</summary>
    public const string DefaultApiBaseUrl = "https://discord.com/api/v10";

    /// <summary>Maps <c>POST /discord/interactions</c> in <c>serve</c> when true.</summary>
    public bool Enabled { get; set; }

    /// <summary>The application (client) id from the Developer Portal; a numeric snowflake.</summary>
    public string ApplicationId { get; set; } = string.Empty;

    /// <summary>The application's Ed25519 public key, 64 hex characters, used to verify every interaction.</summary>
    public string PublicKey { get; set; } = string.Empty;

    /// <summary>The bot token; only <c>discord register-commands</c> needs it. A secret: keep it in the environment (Discord__BotToken).</summary>
    public string BotToken { get; set; } = string.Empty;

    /// <summary>Discord's REST API base; empty means Discord's own. Point it at a stand-in for tests.</summary>
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>
    /// How long an /ask may take before the bot defers (type 5) and sends the answer as a follow-up edit.
    /// Discord drops interactions not acknowledged within 3 seconds, so this stays well below that.
    /// </summary>
    public TimeSpan DeferAfter { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The folder of the adapter's state: each server's <c>/settings</c> in <c>discord.db</c> (SQLite). Relative to
    /// the folder of appsettings.json; created when the first setting is saved.
    /// </summary>
    public string StatePath { get; set; } = DefaultStatePath;

    /// <summary>Where the state lives unless <see cref="StatePath"/> says otherwise.</summary>
    public const string DefaultStatePath = ".state/discord";

    /// <summary>The REST base as a URI ending in a slash, so relative paths append to it; Discord's own when unset.</summary>
    /// <exception cref="DiscordConfigurationException">The setting is not an absolute http(s) URL.</exception>
    public Uri ResolveApiBaseUri()
    {
        if (!Uri.TryCreate(ApiBaseUrlOrDefault + "/", UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new DiscordConfigurationException(ApiBaseUrlProblem);
        }

        return uri;
    }

    /// <summary>The configured base without a trailing slash, or Discord's own when unset.</summary>
    internal string ApiBaseUrlOrDefault => (string.IsNullOrWhiteSpace(ApiBaseUrl) ? DefaultApiBaseUrl : ApiBaseUrl.Trim()).TrimEnd('/');

    internal const string ApiBaseUrlProblem =
        "Discord:ApiBaseUrl must be an absolute http(s) URL such as https://discord.com/api/v10 (or empty for Discord's own).";
}
