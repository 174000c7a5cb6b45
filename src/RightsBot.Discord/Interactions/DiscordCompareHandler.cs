using RightsBot.Core.Answering;
using RightsBot.Discord.Commands;
using RightsBot.Discord.Formatting;
using RightsBot.Discord.Models;

namespace RightsBot.Discord.Interactions;

/// <summary>
/// <c>/compare question [country] [from] [to] [private]</c>: a question asked as a comparison. With both years, those
/// two reports; with neither, the country's reports across the years (the first, the latest and two between);
/// one line per report either way.
/// </summary>
internal sealed class DiscordCompareHandler(DiscordAnswerResponder responder)
{
    public async Task<DiscordInteractionResponse> HandleAsync(DiscordInteraction interaction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var values = interaction.Data?.Options;
        var country = DiscordOptionValues.GetString(values, DiscordCommandCatalog.CountryOption);
        var from = DiscordOptionValues.GetInt(values, DiscordCommandCatalog.FromOption);
        var to = DiscordOptionValues.GetInt(values, DiscordCommandCatalog.ToOption);
        if (from is null != to is null)
        {
            return DiscordInteractionHandler.Notice(interaction, "discord-compare-one-year");
        }

        if (from is not null && from == to)
        {
            return DiscordInteractionHandler.Notice(interaction, "discord-compare-same-year");
        }

        int[]? years = from is { } first && to is { } last ? [Math.Min(first, last), Math.Max(first, last)] : null;
        return await responder.AskAsync(
            interaction,
            DiscordOptionValues.GetString(values, DiscordCommandCatalog.QuestionOption),
            DiscordOptionValues.GetBool(values, DiscordCommandCatalog.PrivateOption) ?? false,
            "/" + DiscordCommandCatalog.Compare,
            text => new Question(text, country) { Years = years, Compare = true },
            cancellationToken).ConfigureAwait(false);
    }
}
