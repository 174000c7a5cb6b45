using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RightsBot.Core.Answering;
using RightsBot.Core.Conversation;
using RightsBot.Telegram.Asking;
using RightsBot.Telegram.Conversations;
using RightsBot.Telegram.Countries;
using RightsBot.Telegram.Feedback;
using RightsBot.Telegram.Formatting;
using RightsBot.Telegram.Sending;
using RightsBot.Telegram.Startup;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.InlineQueryResults;

namespace RightsBot.Telegram.Updates;

/// <summary>Turns one Telegram update into calls to the answering core and replies; the same for polling and webhook.</summary>
internal sealed class TelegramUpdateHandler(
    IQuestionAnswerer answerer,
    TelegramQuestionAsker asker,
    CountryPicker countries,
    ChatConversations conversations,
    ChatChoices choices,
    TelegramSender sender,
    FeedbackStore feedback,
    BotIdentity identity,
    IOptions<LimitsOptions> limits,
    ILogger<TelegramUpdateHandler> logger)
{
    private const int InlineCacheSeconds = 60;

    /// <summary>Handles an update; a failure is logged (without any user content) and never escapes.</summary>
    public async Task HandleSafelyAsync(Update update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        try
        {
            await HandleAsync(update, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Handling update {UpdateId} ({UpdateType}) failed", update.Id, update.Type);
        }
    }

    public Task HandleAsync(Update update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        switch (update)
        {
            case { Message: { } message }:
                return OnMessageAsync(message, cancellationToken);
            case { CallbackQuery: { } query }:
                return OnCallbackQueryAsync(query, cancellationToken);
            case { InlineQuery: { } query }:
                return OnInlineQueryAsync(query, cancellationToken);
            default:
                logger.LogDebug("Ignored an update of type {UpdateType}", update.Type);
                return Task.CompletedTask;
        }
    }

    private async Task OnMessageAsync(Message message, CancellationToken cancellationToken)
    {
        if (message.From is { IsBot: true })
        {
            return;
        }

        var me = await identity.WaitAsync(cancellationToken).ConfigureAwait(false);
        var isPrivate = message.Chat.Type == ChatType.Private;
        if (message.Text is not { } text)
        {
            // Stickers, photos, voice notes get a hint in private; joins, leaves and media in groups are not for us.
            if (isPrivate && !message.IsServiceMessage)
            {
                await sender.ReplyAsync(message, TelegramBotTexts.Unsupported(TelegramBotTexts.For(message.From)), cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        if (MessageAddressing.TryParseCommand(text, me.Username) is { } command)
        {
            if (!command.ForOtherBot)
            {
                await OnCommandAsync(message, command, isPrivate, me, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        if (isPrivate)
        {
            await asker.AskAsync(message, text, compare: false, me.Id, cancellationToken).ConfigureAwait(false);
        }
        else if (MessageAddressing.TryStripMention(text, me.Username, out var question))
        {
            await asker.AskAsync(message, question, compare: false, me.Id, cancellationToken).ConfigureAwait(false);
        }
        else if (message.ReplyToMessage?.From?.Id == me.Id)
        {
            await asker.AskAsync(message, text, compare: false, me.Id, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task OnCommandAsync(Message message, ParsedCommand command, bool isPrivate, User me, CancellationToken cancellationToken)
    {
        var username = me.Username ?? "RightsBot";
        var texts = TelegramBotTexts.For(message.From);
        switch (command.Name)
        {
            case "ask":
                await asker.AskAsync(message, command.Arguments, compare: false, me.Id, cancellationToken).ConfigureAwait(false);
                break;
            case "compare" when string.IsNullOrWhiteSpace(command.Arguments):
                await sender.ReplyAsync(message, TelegramBotTexts.CompareUsage(texts), cancellationToken).ConfigureAwait(false);
                break;
            case "compare":
                await asker.AskAsync(message, command.Arguments, compare: true, me.Id, cancellationToken).ConfigureAwait(false);
                break;
            case "country":
                await countries.ShowAsync(message, command.Arguments, cancellationToken).ConfigureAwait(false);
                break;
            case "new":
                // A private chat's conversation, or in a group the thread of the answer /new replies to.
                if (ConversationKeys.ToRead(message, me.Id) is { } key)
                {
                    conversations.Forget(key);
                }

                choices.Clear(message.Chat.Id);
                await sender.ReplyAsync(message, TelegramBotTexts.Forgotten(texts), cancellationToken).ConfigureAwait(false);
                break;
            case "start":
                var reports = await answerer.GetReportsAsync(cancellationToken).ConfigureAwait(false);
                await sender.ReplyAsync(message, TelegramBotTexts.Start(reports, username, texts), cancellationToken).ConfigureAwait(false);
                break;
            case "sources":
                var all = await answerer.GetReportsAsync(cancellationToken).ConfigureAwait(false);
                await sender.ReplyAsync(message, TelegramBotTexts.Sources(all, texts), cancellationToken).ConfigureAwait(false);
                break;
            case "about":
                await sender.ReplyAsync(message, TelegramBotTexts.About(texts), cancellationToken).ConfigureAwait(false);
                break;
            case "help":
                await sender.ReplyAsync(message, TelegramBotTexts.Help(username, texts), cancellationToken).ConfigureAwait(false);
                break;
            default:
                // In a group an unknown command is most likely for another bot.
                if (isPrivate)
                {
                    await sender.ReplyAsync(message, TelegramBotTexts.Help(username, texts), cancellationToken).ConfigureAwait(false);
                }

                break;
        }
    }

    private async Task OnCallbackQueryAsync(CallbackQuery query, CancellationToken cancellationToken)
    {
        string? notice = null;
        var texts = TelegramBotTexts.For(query.From);
        try
        {
            if (CountryCallback.Owns(query.Data))
            {
                notice = await countries.OnButtonAsync(query, cancellationToken).ConfigureAwait(false);
            }
            else if (CallbackData.TryParseFeedback(query.Data, out var helpful, out var votedPassage))
            {
                await feedback.RecordAsync(helpful, votedPassage, cancellationToken).ConfigureAwait(false);
                notice = texts[feedback.IsEnabled ? "telegram-feedback-thanks" : "telegram-feedback-off"];
            }
            else if (!CallbackData.TryParseFullParagraph(query.Data, out var passageId))
            {
                notice = texts["telegram-button-expired"];
            }
            else if (await answerer.GetPassageAsync(passageId, cancellationToken).ConfigureAwait(false) is not { } passage)
            {
                notice = texts.PassageGone;
            }
            else if (query.Message is { } origin)
            {
                await sender.SendRepliesAsync(origin.Chat.Id, TelegramAnswerFormatter.FormatPassage(passage), origin.Id, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                notice = texts["telegram-open-chat"];
            }
        }
        finally
        {
            // Every callback is answered, or the button keeps spinning on the user's phone.
            await sender.TrySendAsync(
                (client, token) => client.AnswerCallbackQuery(query.Id, notice, cancellationToken: token),
                cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task OnInlineQueryAsync(InlineQuery query, CancellationToken cancellationToken)
    {
        var text = query.Query.Trim();
        IReadOnlyList<InlineQueryResult> results = [];
        if (QuestionValidator.Validate(text, limits.Value.MaxQuestionLength) is null)
        {
            // Inline results show passages only: no summary is asked for.
            var answer = await answerer.FindSourcesAsync(new Question(text), cancellationToken).ConfigureAwait(false);
            results = TelegramAnswerFormatter.FormatInlineResults(answer);
        }

        await sender.TrySendAsync(
            (client, token) => client.AnswerInlineQuery(query.Id, results, InlineCacheSeconds, cancellationToken: token),
            cancellationToken).ConfigureAwait(false);
    }
}
