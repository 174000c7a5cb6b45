using Microsoft.Extensions.Options;
using RightsBot.Adapters.RateLimiting;
using RightsBot.Core.Answering;
using RightsBot.Core.Conversation;
using RightsBot.Core.Metrics;
using RightsBot.Telegram.Conversations;
using RightsBot.Telegram.Feedback;
using RightsBot.Telegram.Formatting;
using RightsBot.Telegram.Sending;
using Telegram.Bot.Types;

namespace RightsBot.Telegram.Asking;

/// <summary>
/// Asks the core one question from a chat: the shared pre-check, the per-user rate limit, the conversation it
/// continues ("and in 2019?", "tell me more"; see <see cref="ConversationKeys"/>), the chat's chosen country, then the
/// answer as it grows, and the answered turn kept for the next follow-up. Nothing here is logged; each question is
/// counted once (<see cref="IAnswerMetrics"/>): rejected, rate limited, or by its answer.
/// </summary>
internal sealed class TelegramQuestionAsker(
    IQuestionAnswerer answerer,
    ChatConversations conversations,
    ChatChoices choices,
    TelegramSender sender,
    TelegramAnswerStreamer streamer,
    UserRateLimiter<long> rateLimiter,
    FeedbackStore feedback,
    IAnswerMetrics metrics,
    TimeProvider timeProvider,
    IOptions<LimitsOptions> limits)
{
    /// <param name="message">The user's message, which the answer quotes.</param>
    /// <param name="text">The question: the message's text without command or mention.</param>
    /// <param name="compare">True for <c>/compare</c>: answered report by report.</param>
    /// <param name="botId">The bot's user id, to tell a reply to one of its answers in a group.</param>
    /// <param name="cancellationToken">Stops the answer.</param>
    public async Task AskAsync(Message message, string text, bool compare, long botId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(text);

        // The core's own pre-check, before the rate limit: a question it would reject gets the same words as
        // everywhere else and costs the user nothing.
        if (QuestionValidator.Validate(text, limits.Value.MaxQuestionLength, TelegramBotTexts.UserLanguage(message.From)) is { } problem)
        {
            metrics.CountRejected(ChatChannel.Telegram);
            await sender.ReplyAsync(message, TelegramBotTexts.Plain(problem), cancellationToken).ConfigureAwait(false);
            return;
        }

        var decision = rateLimiter.Check(message.From?.Id ?? message.Chat.Id);
        if (decision != RateLimitDecision.Allowed)
        {
            metrics.CountRateLimited(ChatChannel.Telegram);
        }

        switch (decision)
        {
            case RateLimitDecision.Notify:
                await sender.ReplyAsync(message, TelegramBotTexts.RateLimited(TelegramBotTexts.For(message.From)), cancellationToken).ConfigureAwait(false);
                return;
            case RateLimitDecision.Silent:
                return;
        }

        using var typing = TypingIndicator.Start(sender, message.Chat.Id, timeProvider, cancellationToken);
        var asked = new Question(text.Trim()) { Compare = compare, UserLanguage = TelegramBotTexts.UserLanguage(message.From) };
        var turn = ConversationKeys.ToRead(message, botId) is { } key
            ? await conversations.ReadAsync(key, asked, cancellationToken).ConfigureAwait(false)
            : new ConversationTurn(FollowUpKind.NewQuestion, asked);
        var choice = choices.Get(message.Chat.Id);
        if (choice is not null)
        {
            turn = turn with { Question = turn.Question with { DefaultCountry = choice.Country, DefaultYear = choice.Year } };
        }

        // With summarization on, the answer arrives as a growing summary and the message is edited as it grows.
        var answers = metrics.Start(ChatChannel.Telegram).TimeAsync(answerer.AnswerStreamingAsync(turn.Question, cancellationToken), cancellationToken);
        // The heading is shown before the answer is known: in the language the answer will speak.
        var replyLanguage = ReplyLanguage.ForQuestion(text, turn.Question.UserLanguage);
        var heading = choice is null ? null : TelegramBotTexts.ChoiceLine(choice, BotTexts.For(replyLanguage));
        if (await streamer.DeliverAsync(message, answers, typing, feedback.IsEnabled, heading, cancellationToken).ConfigureAwait(false) is { } delivered)
        {
            foreach (var kept in ConversationKeys.ToRemember(message, delivered.MessageIds))
            {
                conversations.Remember(kept, turn, delivered.Answer);
            }
        }
    }
}
