using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RightsBot.Adapters.RateLimiting;
using RightsBot.Core.Answering;
using RightsBot.Core.Conversation;
using RightsBot.Discord.Commands;
using RightsBot.Discord.Formatting;
using RightsBot.Discord.Models;

namespace RightsBot.Discord.Interactions;

/// <summary>
/// <c>/ask</c>: answers at once (type 4) when the core is quick, otherwise defers (type 5) and lets
/// <see cref="DiscordDeferredReplies"/> edit the answer in once it is ready.
/// </summary>
internal sealed class DiscordAskHandler(
    IQuestionAnswerer answerer,
    UserRateLimiter<string> rateLimiter,
    DiscordDeferredReplies deferredReplies,
    IOptions<DiscordOptions> options,
    IOptions<LimitsOptions> limits,
    TimeProvider timeProvider,
    IHostApplicationLifetime applicationLifetime,
    ILogger<DiscordAskHandler> logger)
{
    /// <summary>An interaction token lasts 15 minutes; the follow-up gives up a little before.</summary>
    internal static readonly TimeSpan FollowUpWindow = TimeSpan.FromMinutes(14);

    public async Task<DiscordInteractionResponse> HandleAsync(DiscordInteraction interaction, CancellationToken cancellationToken = default)
    {
        var values = interaction.Data?.Options;
        var text = DiscordOptionValues.GetString(values, DiscordCommandCatalog.QuestionOption);

        // The core's own pre-check, before the rate limit: the same words as everywhere, and no allowance spent.
        if (QuestionValidator.Validate(text, limits.Value.MaxQuestionLength) is { } problem)
        {
            return DiscordInteractionHandler.Reply(DiscordInfoFormatter.Notice(problem));
        }

        // Notify and Silent alike get the private notice: Discord must answer every interaction within 3 seconds,
        // or the user sees "The application did not respond" as if the bot were broken, and a deferral never edited
        // would show "thinking…" for 15 minutes. The notice is ephemeral, so silence would spare nobody.
        if (rateLimiter.Check(interaction.UserId ?? interaction.Id) != RateLimitDecision.Allowed)
        {
            return DiscordInteractionHandler.Reply(DiscordInfoFormatter.Notice(BotTexts.RateLimited));
        }

        var question = new Question(
            text!,
            DiscordOptionValues.GetString(values, DiscordCommandCatalog.CountryOption),
            DiscordOptionValues.GetInt(values, DiscordCommandCatalog.YearOption));
        var ephemeral = DiscordOptionValues.GetBool(values, DiscordCommandCatalog.PrivateOption) ?? false;

        // The answer must not die with the HTTP request when it is deferred, so it runs on its own token.
        var lifetime = CancellationTokenSource.CreateLinkedTokenSource(applicationLifetime.ApplicationStopping);
        lifetime.CancelAfter(FollowUpWindow);
        Task<Answer> answerTask;
        try
        {
            answerTask = answerer.AnswerAsync(question, lifetime.Token);
            using var windowCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var window = Task.Delay(options.Value.DeferAfter, timeProvider, windowCancellation.Token);
            var first = await Task.WhenAny(answerTask, window).ConfigureAwait(false);
            await windowCancellation.CancelAsync().ConfigureAwait(false);
            if (first != answerTask)
            {
                deferredReplies.Complete(interaction, question, ephemeral, answerTask, lifetime);
                logger.LogInformation("Deferred a Discord /ask answer.");
                var flags = ephemeral ? DiscordMessageFlags.Ephemeral : (int?)null;
                return new DiscordInteractionResponse(
                    DiscordResponseType.DeferredChannelMessageWithSource,
                    new DiscordMessage(null, null, null, flags, DiscordAllowedMentions.None));
            }
        }
        catch
        {
            lifetime.Dispose();
            throw;
        }

        using (lifetime)
        {
            var answer = await answerTask.ConfigureAwait(false);
            logger.LogInformation("Answered a Discord /ask at once: {Status}.", answer.Status);
            return DiscordInteractionHandler.Reply(DiscordAnswerFormatter.FormatAnswer(question, answer, ephemeral));
        }
    }
}
