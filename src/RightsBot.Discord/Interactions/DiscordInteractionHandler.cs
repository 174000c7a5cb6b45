using Microsoft.Extensions.Logging;
using RightsBot.Core.Answering;
using RightsBot.Core.Conversation;
using RightsBot.Discord.Commands;
using RightsBot.Discord.FollowUps;
using RightsBot.Discord.Formatting;
using RightsBot.Discord.Models;

namespace RightsBot.Discord.Interactions;

/// <summary>Turns one verified interaction into its response: PONG, a command's reply, a passage, a re-asked answer, or suggestions.</summary>
internal sealed class DiscordInteractionHandler(
    IQuestionAnswerer answerer,
    DiscordAskHandler askHandler,
    DiscordCompareHandler compareHandler,
    DiscordSettingsHandler settingsHandler,
    DiscordReaskHandler reaskHandler,
    ILogger<DiscordInteractionHandler> logger)
{
    /// <summary>Discord shows at most this many autocomplete choices.</summary>
    public const int MaxChoices = 25;

    public async Task<DiscordInteractionResponse> HandleAsync(DiscordInteraction interaction, CancellationToken cancellationToken = default)
    {
        try
        {
            return interaction.Type switch
            {
                DiscordInteractionType.Ping => new DiscordInteractionResponse(DiscordResponseType.Pong),
                DiscordInteractionType.ApplicationCommand => await OnCommandAsync(interaction, cancellationToken).ConfigureAwait(false),
                DiscordInteractionType.MessageComponent => await OnComponentAsync(interaction, cancellationToken).ConfigureAwait(false),
                DiscordInteractionType.ApplicationCommandAutocomplete => await OnAutocompleteAsync(interaction, cancellationToken).ConfigureAwait(false),
                _ => Notice(interaction, "discord-unsupported"),
            };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A failure in the core becomes a polite reply; the endpoint keeps serving.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogError(ex, "Handling a Discord interaction of type {Type} failed.", interaction.Type);
            return interaction.Type == DiscordInteractionType.ApplicationCommandAutocomplete
                ? new DiscordInteractionResponse(DiscordResponseType.ApplicationCommandAutocompleteResult, new DiscordAutocompleteResult([]))
                : Reply(DiscordInfoFormatter.Notice(DiscordText.EscapeMarkdown(interaction.Texts.Failure)));
        }
    }

    /// <summary>A message sent as the immediate response (type 4).</summary>
    internal static DiscordInteractionResponse Reply(DiscordMessage message)
        => new(DiscordResponseType.ChannelMessageWithSource, message);

    /// <summary>The catalogue's text <paramref name="key"/> as a private notice, in the user's language.</summary>
    internal static DiscordInteractionResponse Notice(DiscordInteraction interaction, string key)
        => Reply(DiscordInfoFormatter.Notice(DiscordInfoFormatter.Words(interaction.Texts, key)));

    private async Task<DiscordInteractionResponse> OnCommandAsync(DiscordInteraction interaction, CancellationToken cancellationToken)
    {
        switch (interaction.Data?.Name)
        {
            case DiscordCommandCatalog.Ask:
                return await askHandler.HandleAsync(interaction, cancellationToken).ConfigureAwait(false);
            case DiscordCommandCatalog.Compare:
                return await compareHandler.HandleAsync(interaction, cancellationToken).ConfigureAwait(false);
            case DiscordCommandCatalog.Settings:
                return await settingsHandler.HandleAsync(interaction, cancellationToken).ConfigureAwait(false);
            case DiscordCommandCatalog.Sources:
                var reports = await answerer.GetReportsAsync(cancellationToken).ConfigureAwait(false);
                return Reply(DiscordInfoFormatter.Reports(reports, interaction.Texts));
            case DiscordCommandCatalog.Help:
                return Reply(DiscordInfoFormatter.Help(interaction.Texts));
            default:
                return Notice(interaction, "discord-unknown-command");
        }
    }

    private async Task<DiscordInteractionResponse> OnComponentAsync(DiscordInteraction interaction, CancellationToken cancellationToken)
    {
        var customId = interaction.Data?.CustomId;
        if (DiscordReaskId.TryParse(customId, out var kind, out var token))
        {
            return await reaskHandler.HandleAsync(interaction, kind, token, cancellationToken).ConfigureAwait(false);
        }

        if (!DiscordPassageButtonId.TryParse(customId, out var rank, out var passageId))
        {
            return Notice(interaction, "discord-unsupported");
        }

        var passage = await answerer.GetPassageAsync(passageId, cancellationToken).ConfigureAwait(false);
        return Reply(passage is null
            ? DiscordInfoFormatter.Notice(DiscordText.EscapeMarkdown(interaction.Texts.PassageGone))
            : DiscordAnswerFormatter.FormatPassage(passage, rank, interaction.Texts));
    }

    private async Task<DiscordInteractionResponse> OnAutocompleteAsync(DiscordInteraction interaction, CancellationToken cancellationToken)
    {
        var focused = DiscordOptionValues.Focused(interaction.Data?.Options);
        IReadOnlyList<DiscordChoice> choices = [];
        if (focused?.Name == DiscordCommandCatalog.CountryOption)
        {
            var typed = focused.Value is { ValueKind: System.Text.Json.JsonValueKind.String } value ? value.GetString()?.Trim() ?? string.Empty : string.Empty;
            var reports = await answerer.GetReportsAsync(cancellationToken).ConfigureAwait(false);
            choices = reports
                .Select(r => r.Country)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Where(c => c.Contains(typed, StringComparison.OrdinalIgnoreCase))
                .OrderBy(c => c.StartsWith(typed, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
                .ThenBy(c => c, StringComparer.OrdinalIgnoreCase)
                .Take(MaxChoices)
                .Select(c => new DiscordChoice(DiscordText.Truncate(c, 100), DiscordText.Truncate(c, 100)))
                .ToList();
        }

        return new DiscordInteractionResponse(DiscordResponseType.ApplicationCommandAutocompleteResult, new DiscordAutocompleteResult(choices));
    }
}
