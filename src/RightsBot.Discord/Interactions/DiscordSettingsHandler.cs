using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using RightsBot.Core.Answering;
using RightsBot.Core.Conversation;
using RightsBot.Discord.Commands;
using RightsBot.Discord.Formatting;
using RightsBot.Discord.Models;
using RightsBot.Discord.Settings;

namespace RightsBot.Discord.Interactions;

/// <summary>
/// <c>/settings [country] [clear]</c>: without options shows the server's default country; with them sets or
/// removes it, for members with Manage Server (or Administrator) only. Every reply is private to the member, in the
/// language of their Discord client (<c>locale</c>).
/// </summary>
internal sealed class DiscordSettingsHandler(
    IQuestionAnswerer answerer,
    DiscordServerSettingsStore store,
    ILogger<DiscordSettingsHandler> logger)
{
    /// <summary>What <c>country:</c> may say instead of <c>clear:true</c>.</summary>
    internal const string ClearWord = "clear";

    public async Task<DiscordInteractionResponse> HandleAsync(DiscordInteraction interaction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var t = interaction.Texts;
        if (interaction.GuildId is not { } guildId || !DiscordOptionsValidator.IsSnowflake(guildId))
        {
            return Notice(ServersOnlyText(t));
        }

        var values = interaction.Data?.Options;
        var typed = DiscordOptionValues.GetString(values, DiscordCommandCatalog.CountryOption);
        var clearOption = DiscordOptionValues.GetBool(values, DiscordCommandCatalog.ClearOption) == true;
        var typedClear = string.Equals(typed, ClearWord, StringComparison.OrdinalIgnoreCase);
        if (clearOption && typed is not null && !typedClear)
        {
            return Notice(BothText(t));
        }

        var clear = clearOption || typedClear;
        if (typed is null && !clear)
        {
            var current = await store.GetDefaultCountryAsync(guildId, cancellationToken).ConfigureAwait(false);
            return Notice(current is null ? NoneText(t) : CurrentText(current, t));
        }

        // Only now the permission: anyone may look at the setting, only managers change it.
        if (!DiscordPermissions.CanManageServer(interaction.Member?.Permissions))
        {
            logger.LogInformation("Refused a Discord /settings change: the member lacks Manage Server.");
            return Notice(NotAllowedText(t));
        }

        try
        {
            if (clear)
            {
                var had = await store.ClearDefaultCountryAsync(guildId, cancellationToken).ConfigureAwait(false);
                logger.LogInformation("Cleared a Discord server's default country.");
                return Notice(had ? ClearedText(t) : NoneText(t));
            }

            var reports = await answerer.GetReportsAsync(cancellationToken).ConfigureAwait(false);
            // The core knows the reports' other names ("Kyrgyzstan" for the Kyrgyz Republic); else a near spelling.
            var (country, close) = await answerer.FindCountryAsync(typed!, cancellationToken).ConfigureAwait(false) is { } known
                ? (known, (IReadOnlyList<string>)[])
                : DiscordCountryMatcher.Match(typed!, reports.Select(r => r.Country));
            if (country is null)
            {
                return Notice(UnknownText(typed!, close, t));
            }

            await store.SetDefaultCountryAsync(guildId, country, cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Set a Discord server's default country.");
            return Notice(SetText(country, t));
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            // The reason names the file and SQLite's error, never the server.
            logger.LogError("Saving a Discord server's default country failed: {Reason}", ex.Message);
            return Notice(SaveFailedText(t));
        }
    }

    internal static string ServersOnlyText(BotTexts t) => DiscordInfoFormatter.Words(t, "discord-settings-servers-only");

    internal static string NotAllowedText(BotTexts t) => DiscordInfoFormatter.Words(t, "discord-settings-not-allowed");

    internal static string NoneText(BotTexts t) => DiscordInfoFormatter.Words(t, "discord-settings-none");

    internal static string ClearedText(BotTexts t) => DiscordInfoFormatter.Words(t, "discord-settings-cleared");

    internal static string SaveFailedText(BotTexts t) => DiscordInfoFormatter.Words(t, "discord-settings-save-failed");

    internal static string BothText(BotTexts t) => DiscordInfoFormatter.Words(t, "discord-settings-both");

    internal static string CurrentText(string country, BotTexts t) => DiscordInfoFormatter.Words(t, "discord-settings-current", Bold(country));

    internal static string SetText(string country, BotTexts t) => DiscordInfoFormatter.Words(t, "discord-settings-set", Bold(country));

    internal static string UnknownText(string typed, IReadOnlyList<string> close, BotTexts t)
    {
        var named = DiscordText.EscapeMarkdown(DiscordText.Truncate(typed, 100));
        return close.Count == 0
            ? DiscordInfoFormatter.Words(t, "discord-settings-unknown", named)
            : DiscordInfoFormatter.Words(t, "discord-settings-did-you-mean", named, string.Join(", ", close.Select(DiscordText.EscapeMarkdown)));
    }

    private static string Bold(string country) => $"**{DiscordText.EscapeMarkdown(country)}**";

    private static DiscordInteractionResponse Notice(string text) => DiscordInteractionHandler.Reply(DiscordInfoFormatter.Notice(text));
}
