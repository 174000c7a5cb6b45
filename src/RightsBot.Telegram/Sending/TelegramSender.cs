using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using RightsBot.Telegram.Formatting;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace RightsBot.Telegram.Sending;

/// <summary>
/// Every outgoing Bot API call goes through here: 429 waits the server's retry_after, 5xx and network failures
/// back off and retry (Polly), and 403 (the user blocked the bot) gives up quietly.
/// </summary>
internal sealed class TelegramSender
{
    private const int Forbidden = 403;
    private const int TooManyRequests = 429;
    private readonly ResiliencePipeline _pipeline;
    private readonly ILogger<TelegramSender> _logger;

    public TelegramSender(ITelegramBotClient client, TimeProvider timeProvider, ILogger<TelegramSender> logger)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        Client = client;
        _logger = logger;
        _pipeline = new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder()
                    .Handle<ApiRequestException>(e => e.ErrorCode is TooManyRequests or >= 500)
                    .Handle<RequestException>(e => e is not ApiRequestException && e.HttpStatusCode is null or >= System.Net.HttpStatusCode.InternalServerError)
                    .Handle<HttpRequestException>(),
                MaxRetryAttempts = 4,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromSeconds(1),
                MaxDelay = TimeSpan.FromSeconds(30),
                DelayGenerator = static args => ValueTask.FromResult(
                    args.Outcome.Exception is ApiRequestException { ErrorCode: TooManyRequests, Parameters.RetryAfter: int seconds }
                        ? TimeSpan.FromSeconds(seconds)
                        : (TimeSpan?)null),
            })
            .Build();
    }

    public ITelegramBotClient Client { get; }

    /// <summary>Runs a Bot API call with retries; false when Telegram refused it for good with 403.</summary>
    public async Task<bool> TrySendAsync(Func<ITelegramBotClient, CancellationToken, Task> call, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            await _pipeline.ExecuteAsync(
                static async (state, token) => await state.call(state.Client, token).ConfigureAwait(false),
                (call, Client),
                cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == Forbidden)
        {
            _logger.LogDebug("Telegram refused a call with 403 (bot blocked or removed); giving up on it");
            return false;
        }
    }

    /// <summary>Sends the parts of a reply in order; the first one quotes the message it answers.</summary>
    public async Task SendRepliesAsync(long chatId, IReadOnlyList<TelegramReply> replies, int? replyToMessageId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(replies);
        for (var i = 0; i < replies.Count; i++)
        {
            if (await TrySendMessageAsync(chatId, replies[i], i == 0 ? replyToMessageId : null, cancellationToken).ConfigureAwait(false) is null)
            {
                return;
            }
        }
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
            _logger.LogDebug("sendChatAction failed: {Error}", ex.GetType().Name);
        }
    }
}
