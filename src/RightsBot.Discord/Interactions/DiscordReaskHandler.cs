using RightsBot.Core.Conversation;
using System.Globalization;
using RightsBot.Core.Answering;
using RightsBot.Discord.FollowUps;
using RightsBot.Discord.Formatting;
using RightsBot.Discord.Models;

namespace RightsBot.Discord.Interactions;

/// <summary>
/// A year chosen in an answer's "Other years of this report" menu, or its "Latest report" button pressed: asks the
/// answer's topic again for that country and year (or its latest report), as a new message under the answer, so
/// that both stay in the channel to compare. The question comes from <see cref="DiscordReaskStore"/> by the token in
/// the custom_id.
/// </summary>
internal sealed class DiscordReaskHandler(DiscordReaskStore reasks, DiscordAnswerResponder responder)
{
    public async Task<DiscordInteractionResponse> HandleAsync(
        DiscordInteraction interaction,
        DiscordReaskKind kind,
        string token,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        if (!reasks.TryGet(token, out var reask))
        {
            return DiscordInteractionHandler.Notice(interaction, "discord-too-old");
        }

        int? year = null;
        if (kind == DiscordReaskKind.Year)
        {
            if (interaction.Data?.Values is not [var chosen]
                || !int.TryParse(chosen, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                return DiscordInteractionHandler.Notice(interaction, "discord-unsupported");
            }

            year = parsed;
        }

        var question = new Question(reask.Topic, reask.Country, year) { UserLanguage = interaction.UserLanguage };
        var asked = new DiscordAsked(question, Title(reask, year, interaction.Texts), reask.Ephemeral, kind == DiscordReaskKind.Year ? "year menu" : "latest-report button");
        return await responder.RespondAsync(interaction, asked, cancellationToken).ConfigureAwait(false);
    }

    // "Kazakhstan 2023 · torture complaints", "Kazakhstan, latest report · torture complaints": what was chosen
    // comes first, where a long topic cut to the title's 256 characters cannot take it away.
    internal static string Title(DiscordReask reask, int? year, BotTexts t)
    {
        var country = reask.Country.Replace(",", ", ", StringComparison.Ordinal);
        var scope = year is { } y ? CitationLabel.Report(country, y) : country + ", " + t.LatestReport;
        return scope + CitationLabel.Separator + reask.Topic;
    }
}
