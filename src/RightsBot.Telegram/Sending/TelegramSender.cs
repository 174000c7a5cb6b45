using Microsoft.Extensions.Logging;
using RightsBot.Telegram.Formatting;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace RightsBot.Telegram.Sending;

/// <summary>
/// Every outgoing Bot API call goes through here. Retrying is the HTTP client's (the adapters' shared
/// ChatApiResilience: a 429 waits the server's retry_after, 5xx and network failures back off), so what arrives here
/// is final; a 403 (the user blocked the bot, the bot left the group) is given up quietly.
/// </summary>
internal sealed class TelegramSender(ITelegramBotClient client, ILogger<TelegramSender> logger)
{
    private const int Forbidden = 403;

    public ITelegramBotClient Client { get; } = client;

    /// <summary>Runs a Bot API call; false when Telegram refused it for good with 403.</summary>
    public async Task<bool> TrySendAsync(Func<ITelegramBotClient, CancellationToken, Task> call, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            await call(Client, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == Forbidden)
        {
            logger.LogDebug("Telegram refused a call with 403 (bot blocked or removed); giving up on it");
            return false;
        }
    }

    /// <summary>
    /// Sends the parts of a reply in order; the first one quotes the message it answers. Returns the messages sent,
    /// which stop short at a part Telegram refused with 403.
    /// </summary>
    public async Task<IReadOnlyList<Message>> SendRepliesAsync(long chatId, IReadOnlyList<TelegramReply> replies, int? replyToMessageId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(replies);
        var sent = new List<Message>(replies.Count);
        for (var i = 0; i < replies.Count; i++)
        {
            if (await TrySendMessageAsync(chatId, replies[i], i == 0 ? replyToMessageId : null, cancellationToken).ConfigureAwait(false) is not { } message)
            {
                break;
            }

            sent.Add(message);
        }

        return sent;
    }

    /// <summary>Replies to <paramref name="message"/> with the bot's own HTML (split when over the limit), without buttons.</summary>
    public async Task ReplyAsync(Message message, string html, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        await SendRepliesAsync(message.Chat.Id, TelegramAnswerFormatter.Split(html, null), message.Id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends one message (quoting <paramref name="replyToMessageId"/> when given); null when Telegram refused it with 403.</summary>
    public async Task<Message?> TrySendMessageAsync(long chatId, TelegramReply reply, int? replyToMessageId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var replyParameters = replyToMessageId is int id
            ? new ReplyParameters { MessageId = id, AllowSendingWithoutReply = true }
            : null;
        Message? message = null;
        await TrySendAsync(
            async (client, token) => message = await client.SendMessage(
                chatId,
                reply.Html,
                ParseMode.Html,
                replyParameters,
                reply.Keyboard,
                new LinkPreviewOptions { IsDisabled = true },
                cancellationToken: token).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
        return message;
    }

    /// <summary>Replaces the text (and keyboard) of a message the bot sent; false when Telegram refused it with 403.</summary>
    public Task<bool> TryEditAsync(long chatId, int messageId, TelegramReply reply, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return TrySendAsync(
            (client, token) => client.EditMessageText(
                chatId,
                messageId,
                reply.Html,
                ParseMode.Html,
                replyMarkup: reply.Keyboard,
                linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true },
                cancellationToken: token),
            cancellationToken);
    }

    /// <summary>Shows "typing…"; best effort, since a missing chat action must never cost the answer.</summary>
    public async Task SendTypingAsync(long chatId, CancellationToken cancellationToken = default)
    {
        try
        {
            await Client.SendChatAction(chatId, ChatAction.Typing, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RequestException or HttpRequestException)
        {
            logger.LogDebug("sendChatAction failed: {Error}", ex.GetType().Name);
        }
    }
}
