using RightsBot.Core.Answering;
using RightsBot.Discord.Commands;
using RightsBot.Discord.Models;

namespace RightsBot.Discord.Interactions;

/// <summary><c>/ask question [country] [year] [private]</c>: one question, answered by <see cref="DiscordAnswerResponder"/>.</summary>
internal sealed class DiscordAskHandler(DiscordAnswerResponder responder)
{
    public Task<DiscordInteractionResponse> HandleAsync(DiscordInteraction interaction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var values = interaction.Data?.Options;
        var country = DiscordOptionValues.GetString(values, DiscordCommandCatalog.CountryOption);
        var year = DiscordOptionValues.GetInt(values, DiscordCommandCatalog.YearOption);
        return responder.AskAsync(
            interaction,
            DiscordOptionValues.GetString(values, DiscordCommandCatalog.QuestionOption),
            DiscordOptionValues.GetBool(values, DiscordCommandCatalog.PrivateOption) ?? false,
            "/" + DiscordCommandCatalog.Ask,
            text => new Question(text, country, year),
            cancellationToken);
    }
}
