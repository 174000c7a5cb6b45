using RightsBot.Core.Answering;
using RightsBot.Discord.FollowUps;
using RightsBot.Discord.Formatting;
using RightsBot.Discord.Models;

namespace RightsBot.Discord.Interactions;

/// <summary>
/// Turns an answer into its Discord message: keeps the answer's re-ask behind a fresh token for its year menu and
/// "Latest report" button, and names the server's default country in the footer when the answer used it.
/// </summary>
internal sealed class DiscordAnswerRenderer(IQuestionAnswerer answerer, DiscordReaskStore reasks)
{
    public async Task<DiscordMessage> RenderAsync(DiscordAsked asked, Answer answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(asked);
        ArgumentNullException.ThrowIfNull(answer);
        DiscordReaskMenu? menu = null;
        if (answer.Status != AnswerStatus.Rejected)
        {
            var reports = await answerer.GetReportsAsync(cancellationToken).ConfigureAwait(false);
            if (DiscordReaskPlanner.Plan(answer, asked.Ephemeral, reports) is { } plan)
            {
                menu = new DiscordReaskMenu(reasks.Remember(plan.Reask), plan.Reask.Country, plan.Years, plan.LatestEnabled);
            }
        }

        return DiscordAnswerFormatter.FormatAnswer(asked.Title, answer, asked.Ephemeral, menu, ServerDefaultUsed(asked.Question, answer));
    }

    /// <summary>
    /// The server's default country when it chose the answer's reports: the question had no country option and was
    /// answered from that country alone; null otherwise (a question naming another country, or none answered).
    /// </summary>
    internal static string? ServerDefaultUsed(Question question, Answer answer)
        => question.DefaultCountry is not null && answer.Scope is { ByChosenCountry: true, Country: { } scoped } ? scoped.Trim() : null;
}
