using Microsoft.Extensions.Logging;
using RightsBot.Core.Answering;
using RightsBot.Telegram.Formatting;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace RightsBot.Telegram.Sending;

/// <summary>
/// Delivers an answer that may grow while a model writes it: the first partial summary is sent as a message, later
/// ones edit it at most once per <see cref="EditInterval"/>, and the final answer (with sources and buttons) replaces
/// it in one last edit, also no sooner than <see cref="EditInterval"/> after the one before. An answer that arrives
/// whole (summarization off) is one ordinary reply, as before.
/// </summary>
internal sealed class TelegramAnswerStreamer(TelegramSender sender, TimeProvider timeProvider, ILogger<TelegramAnswerStreamer> logger)
{
    /// <summary>Telegram allows about one message or edit per second in a chat.</summary>
    public static readonly TimeSpan EditInterval = TimeSpan.FromSeconds(1);

    private const int BadRequest = 400;

    /// <summary>
    /// Shows <paramref name="answers"/> as a reply to <paramref name="question"/>; <paramref name="typing"/> (shown
    /// while the answer is slow) is stopped before the first message, so it never lands after the answer. Every message starts
    /// with <paramref name="heading"/> when one is given (the chat's chosen country). Returns the final answer and
    /// the messages that show it, or null when no final answer reached the chat.
    /// </summary>
    public async Task<DeliveredAnswer?> DeliverAsync(
        Message question, IAsyncEnumerable<Answer> answers, TypingIndicator typing, bool withFeedback, string? heading = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(typing);
        var chatId = question.Chat.Id;
        int? shownId = null;
        string? shownHtml = null;
        var shownAt = DateTimeOffset.MinValue;

        var stream = answers.GetAsyncEnumerator(cancellationToken);
        await using (stream.ConfigureAwait(false))
        {
            while (true)
            {
                Answer answer;
                try
                {
                    if (!await stream.MoveNextAsync().ConfigureAwait(false))
                    {
                        logger.LogWarning("The answer stream ended without a final answer");
                        break;
                    }

                    answer = stream.Current;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "The answering core failed");
                    break;
                }

                await typing.StopAsync().ConfigureAwait(false);
                if (!answer.Partial)
                {
                    await WaitForEditSlotAsync(shownId, shownAt, cancellationToken).ConfigureAwait(false);
                    var shown = await FinishAsync(chatId, question.Id, shownId, TelegramAnswerFormatter.FormatAnswer(answer, withFeedback, heading), cancellationToken).ConfigureAwait(false);
                    return shown.Count == 0 ? null : new DeliveredAnswer(answer, shown);
                }

                var html = TelegramAnswerFormatter.FormatPartial(answer, heading);
                var now = timeProvider.GetUtcNow();
                if (html == shownHtml || (shownId is not null && now - shownAt < EditInterval))
                {
                    continue;
                }

                if (shownId is null)
                {
                    if (await sender.TrySendMessageAsync(chatId, new TelegramReply(html), question.Id, cancellationToken).ConfigureAwait(false) is not { } sent)
                    {
                        return null;
                    }

                    shownId = sent.Id;
                }
                else if (!await TryEditPartialAsync(chatId, shownId.Value, html, cancellationToken).ConfigureAwait(false))
                {
                    return null;
                }

                shownHtml = html;
                shownAt = now;
            }
        }

        await typing.StopAsync().ConfigureAwait(false);
        await WaitForEditSlotAsync(shownId, shownAt, cancellationToken).ConfigureAwait(false);
        await FinishAsync(chatId, question.Id, shownId, TelegramAnswerFormatter.Split(TelegramBotTexts.Failure(TelegramBotTexts.For(question.From)), null), cancellationToken).ConfigureAwait(false);
        return null;
    }

    // The last edit keeps to the same pace as the partial ones: an edit too soon after the one before can earn a
    // 429 whose retry_after keeps the finished answer back for many seconds, where this waits under one.
    private async Task WaitForEditSlotAsync(int? shownId, DateTimeOffset shownAt, CancellationToken cancellationToken)
    {
        if (shownId is null)
        {
            return;
        }

        var wait = shownAt + EditInterval - timeProvider.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    // A partial edit that Telegram rejects (e.g. the user deleted the message) is skipped: the final edit tries again.
    private async Task<bool> TryEditPartialAsync(long chatId, int messageId, string html, CancellationToken cancellationToken)
    {
        try
        {
            return await sender.TryEditAsync(chatId, messageId, new TelegramReply(html), cancellationToken).ConfigureAwait(false);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == BadRequest)
        {
            logger.LogDebug("Telegram rejected a streaming edit with 400; waiting for the final answer");
            return true;
        }
    }

    // The final answer replaces the streamed message (its first part; any further parts follow as new messages), or
    // is sent as an ordinary reply when nothing was streamed or the streamed message can no longer be edited.
    // Returns the ids of the messages that show it.
    private async Task<IReadOnlyList<int>> FinishAsync(long chatId, int replyToMessageId, int? shownId, IReadOnlyList<TelegramReply> replies, CancellationToken cancellationToken)
    {
        if (shownId is int messageId && replies.Count > 0)
        {
            try
            {
                if (!await sender.TryEditAsync(chatId, messageId, replies[0], cancellationToken).ConfigureAwait(false))
                {
                    return [];
                }

                var rest = await sender.SendRepliesAsync(chatId, replies.Skip(1).ToList(), null, cancellationToken).ConfigureAwait(false);
                return [messageId, .. rest.Select(m => m.Id)];
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == BadRequest)
            {
                logger.LogDebug("Telegram rejected the final edit with 400; sending the answer as a new message");
            }
        }

        var sent = await sender.SendRepliesAsync(chatId, replies, replyToMessageId, cancellationToken).ConfigureAwait(false);
        return [.. sent.Select(m => m.Id)];
    }
}
