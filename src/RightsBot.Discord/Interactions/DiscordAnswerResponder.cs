using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RightsBot.Adapters.RateLimiting;
using RightsBot.Core.Answering;
using RightsBot.Core.Conversation;
using RightsBot.Core.Metrics;
using RightsBot.Discord.Formatting;
using RightsBot.Discord.Models;
using RightsBot.Discord.Settings;

namespace RightsBot.Discord.Interactions;

/// <summary>
/// Answers a question for an interaction (<c>/ask</c>, <c>/compare</c>, a year menu or "Latest report" button):
/// at once (type 4) when the core is quick, otherwise deferred (type 5) with <see cref="DiscordDeferredReplies"/>
/// editing the answer in once it is ready. Every question counts against the asker's rate limit, and is counted once
/// (<see cref="IAnswerMetrics"/>): rejected, rate limited, or by its answer.
/// </summary>
internal sealed class DiscordAnswerResponder(
    IQuestionAnswerer answerer,
    DiscordAnswerRenderer renderer,
    DiscordServerSettingsStore serverSettings,
    UserRateLimiter<string> rateLimiter,
    DiscordDeferredReplies deferredReplies,
    IAnswerMetrics metrics,
    IOptions<DiscordOptions> options,
    IOptions<LimitsOptions> limits,
    TimeProvider timeProvider,
    ILogger<DiscordAnswerResponder> logger)
{
    /// <summary>An interaction token lasts 15 minutes; the follow-up gives up a little before.</summary>
    internal static readonly TimeSpan FollowUpWindow = TimeSpan.FromMinutes(14);

    /// <summary>
    /// A typed question (<c>/ask</c>, <c>/compare</c>): checked by the core's pre-check first, then asked with the
    /// server's default country, if it has one. <paramref name="toQuestion"/> makes the core's question from the
    /// checked text.
    /// </summary>
    public async Task<DiscordInteractionResponse> AskAsync(
        DiscordInteraction interaction,
        string? text,
        bool ephemeral,
        string command,
        Func<string, Question> toQuestion,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(toQuestion);

        // The core's own pre-check, before the rate limit: the same words as everywhere, and no allowance spent.
        if (QuestionValidator.Validate(text, limits.Value.MaxQuestionLength, interaction.UserLanguage) is { } problem)
        {
            metrics.CountRejected(ChatChannel.Discord);
            return DiscordInteractionHandler.Reply(DiscordInfoFormatter.Notice(problem));
        }

        var serverDefault = await ServerDefaultAsync(interaction, cancellationToken).ConfigureAwait(false);
        var question = toQuestion(text!) with { DefaultCountry = serverDefault, UserLanguage = interaction.UserLanguage };
        return await RespondAsync(interaction, new DiscordAsked(question, text!, ephemeral, command), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Answers <paramref name="asked"/>, at once or deferred; a user over the rate limit gets a private notice.</summary>
    public async Task<DiscordInteractionResponse> RespondAsync(DiscordInteraction interaction, DiscordAsked asked, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(asked);

        // Notify and Silent alike get the private notice: Discord must answer every interaction within 3 seconds,
        // or the user sees "The application did not respond" as if the bot were broken, and a deferral never edited
        // would show "thinking…" for 15 minutes. The notice is ephemeral, so silence would spare nobody.
        if (rateLimiter.Check(interaction.UserId ?? interaction.Id) != RateLimitDecision.Allowed)
        {
            metrics.CountRateLimited(ChatChannel.Discord);
            return DiscordInteractionHandler.Reply(DiscordInfoFormatter.Notice(DiscordText.EscapeMarkdown(interaction.Texts.RateLimited)));
        }

        // The answer must not die with the HTTP request when it is deferred, so it runs on its own token: a shutdown
        // lets it finish while the shutdown time allows.
        var lifetime = CancellationTokenSource.CreateLinkedTokenSource(deferredReplies.GiveUpToken);
        lifetime.CancelAfter(FollowUpWindow);
        Task<Answer> answerTask;
        Task<DiscordMessage> messageTask;
        try
        {
            answerTask = metrics.Start(ChatChannel.Discord).TimeAsync(answerer.AnswerAsync(asked.Question, lifetime.Token));
            messageTask = RenderAsync(asked, answerTask, lifetime.Token);
            using var windowCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var window = Task.Delay(options.Value.DeferAfter, timeProvider, windowCancellation.Token);
            var first = await Task.WhenAny(messageTask, window).ConfigureAwait(false);
            await windowCancellation.CancelAsync().ConfigureAwait(false);
            if (first != messageTask)
            {
                deferredReplies.Complete(interaction, messageTask, lifetime);
                logger.LogInformation("Deferred a Discord {Command} answer.", asked.Command);
                var flags = asked.Ephemeral ? DiscordMessageFlags.Ephemeral : (int?)null;
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
            var message = await messageTask.ConfigureAwait(false);
            logger.LogInformation("Answered a Discord {Command} at once: {Status}.", asked.Command, (await answerTask.ConfigureAwait(false)).Status);
            return DiscordInteractionHandler.Reply(message);
        }
    }

    private async Task<DiscordMessage> RenderAsync(DiscordAsked asked, Task<Answer> answerTask, CancellationToken cancellationToken)
        => await renderer.RenderAsync(asked, await answerTask.ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    // The server's /settings country; a question is still answered, without it, when the store cannot be read.
    private async Task<string?> ServerDefaultAsync(DiscordInteraction interaction, CancellationToken cancellationToken)
    {
        if (interaction.GuildId is not { } guildId || !DiscordOptionsValidator.IsSnowflake(guildId))
        {
            return null;
        }

        try
        {
            return await serverSettings.GetDefaultCountryAsync(guildId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            // The reason names the file and SQLite's error, never the server.
            logger.LogWarning("Reading a Discord server's default country failed; answering without it: {Reason}", ex.Message);
            return null;
        }
    }
}
