using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using RightsBot.Core.Answering;
using RightsBot.Discord.Commands;
using RightsBot.Discord.Formatting;
using RightsBot.Discord.Models;
using RightsBot.Discord.Settings;

namespace RightsBot.Discord.Interactions;

/// <summary>
/// <c>/settings [country] [clear]</c>: without options shows the server's default country; with them sets or
/// removes it, for members with Manage Server (or Administrator) only. Every reply is private to the member.
/// </summary>
internal sealed class DiscordSettingsHandler(
    IQuestionAnswerer answerer,
    DiscordServerSettingsStore store,
    ILogger<DiscordSettingsHandler> logger)
{
    /// <summary>What <c>country:</c> may say instead of <c>clear:true</c>.</summary>
    internal const string ClearWord = "clear";

    internal const string ServersOnlyText =
        "Server settings only work in a server. In a direct message, name the country in your question or in the `country` option.";

    internal const string NotAllowedText =
        "Only members with the Manage Server permission can change this server's default country. `/settings` without options shows it.";

    internal const string NoneText =
        "This server has no default country: questions that name none are answered from all reports. A member with Manage Server can set one with `/settings country:<name>`.";

    internal const string ClearedText = "This server's default country is removed: questions that name no country are answered from all reports.";

    internal const string SaveFailedText = "Sorry, the setting could not be saved. Please try again in a moment.";

    internal const string BothText = "Choose a `country` or `clear`, not both.";

    public async Task<DiscordInteractionResponse> HandleAsync(DiscordInteraction interaction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        if (interaction.GuildId is not { } guildId || !DiscordOptionsValidator.IsSnowflake(guildId))
        {
            return Notice(ServersOnlyText);
        }

        var values = interaction.Data?.Options;
        var typed = DiscordOptionValues.GetString(values, DiscordCommandCatalog.CountryOption);
        var clearOption = DiscordOptionValues.GetBool(values, DiscordCommandCatalog.ClearOption) == true;
        var typedClear = string.Equals(typed, ClearWord, StringComparison.OrdinalIgnoreCase);
        if (clearOption && typed is not null && !typedClear)
        {
            return Notice(BothText);
        }

        var clear = clearOption || typedClear;
        if (typed is null && !clear)
        {
            var current = await store.GetDefaultCountryAsync(guildId, cancellationToken).ConfigureAwait(false);
            return Notice(current is null ? NoneText : CurrentText(current));
        }

        // Only now the permission: anyone may look at the setting, only managers change it.
        if (!DiscordPermissions.CanManageServer(interaction.Member?.Permissions))
        {
            logger.LogInformation("Refused a Discord /settings change: the member lacks Manage Server.");
            return Notice(NotAllowedText);
        }

        try
        {
            if (clear)
            {
                var had = await store.ClearDefaultCountryAsync(guildId, cancellationToken).ConfigureAwait(false);
                logger.LogInformation("Cleared a Discord server's default country.");
                return Notice(had ? ClearedText : NoneText);
            }

            var reports = await answerer.GetReportsAsync(cancellationToken).ConfigureAwait(false);
            // The core knows the reports' other names ("Kyrgyzstan" for the Kyrgyz Republic); else a near spelling.
            var (country, close) = await answerer.FindCountryAsync(typed!, cancellationToken).ConfigureAwait(false) is { } known
                ? (known, (IReadOnlyList<string>)[])
                : DiscordCountryMatcher.Match(typed!, reports.Select(r => r.Country));
            if (country is null)
            {
                return Notice(UnknownText(typed!, close));
            }

            await store.SetDefaultCountryAsync(guildId, country, cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Set a Discord server's default country.");
            return Notice(SetText(country));
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            // The reason names the file and SQLite's error, never the server.
            logger.LogError("Saving a Discord server's default country failed: {Reason}", ex.Message);
            return Notice(SaveFailedText);
        }
    }

    internal static string CurrentText(string country)
        => $"This server's default country is **{DiscordText.EscapeMarkdown(country)}**: questions that name no country are answered from its reports. A member with Manage Server can change it, or remove it with `/settings clear:true`.";

    internal static string SetText(string country)
        => $"This server's default country is now **{DiscordText.EscapeMarkdown(country)}**: questions that name no country are answered from its reports.";

    internal static string UnknownText(string typed, IReadOnlyList<string> close)
    {
        var named = DiscordText.EscapeMarkdown(DiscordText.Truncate(typed, 100));
        return close.Count == 0
            ? $"I have no report for \"{named}\". `/sources` lists the countries I have."
            : $"I have no report for \"{named}\". Did you mean: {string.Join(", ", close.Select(DiscordText.EscapeMarkdown))}?";
    }

    private static DiscordInteractionResponse Notice(string text) => DiscordInteractionHandler.Reply(DiscordInfoFormatter.Notice(text));
}
