using System.Net;
using Microsoft.Extensions.Options;
using RightsBot.Core.Answering;
using RightsBot.Discord.Models;
using RightsBot.Discord.Rest;

namespace RightsBot.Discord.Commands;

/// <summary>
/// Registers the slash commands globally (<c>discord register-commands</c>). Discord's bulk overwrite replaces the
/// whole set, so running it again changes nothing.
/// </summary>
internal sealed class DiscordCommandRegistrar(
    DiscordRestClient client,
    IOptions<DiscordOptions> options,
    IOptions<LimitsOptions> limits)
{
    /// <summary>Registers the commands and returns them as Discord now holds them (with their ids).</summary>
    /// <exception cref="DiscordConfigurationException">ApplicationId, BotToken or ApiBaseUrl is missing, malformed or refused.</exception>
    /// <exception cref="DiscordApiException">Discord failed for another reason (after retries).</exception>
    public async Task<IReadOnlyList<DiscordApplicationCommand>> RegisterAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        settings.ResolveApiBaseUri();
        if (!DiscordOptionsValidator.IsSnowflake(settings.ApplicationId))
        {
            throw new DiscordConfigurationException(
                "Discord:ApplicationId is missing or not a numeric id. Copy the Application ID from the Developer Portal (General Information) into Discord__ApplicationId.");
        }

        if (string.IsNullOrWhiteSpace(settings.BotToken))
        {
            throw new DiscordConfigurationException(
                "Discord:BotToken is missing. Reset and copy the token on the Developer Portal's Bot page into the environment variable Discord__BotToken (never into a committed file).");
        }

        try
        {
            return await client.OverwriteGlobalCommandsAsync(settings.ApplicationId, settings.BotToken, DiscordCommandCatalog.Build(limits.Value), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (DiscordApiException ex) when (ex.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            throw new DiscordConfigurationException(
                "Discord refused the bot token or application id (" + (int)ex.StatusCode + "). Check Discord__BotToken and Discord__ApplicationId belong to the same application.",
                ex);
        }
    }

    /// <summary>One line per registered command, for the CLI to print.</summary>
    public static IReadOnlyList<string> Describe(IReadOnlyList<DiscordApplicationCommand> commands)
        => commands
            .Select(c => c.Options is { Count: > 0 } opts
                ? $"/{c.Name} {string.Join(' ', opts.Select(o => o.Required == true ? o.Name : $"[{o.Name}]"))}"
                : $"/{c.Name}")
            .ToList();
}
