using RightsBot.Core.Conversation;
using System.Text;
using Microsoft.Extensions.Logging;
using RightsBot.Core.Answering;
using RightsBot.Telegram.Conversations;
using RightsBot.Telegram.Formatting;
using RightsBot.Telegram.Sending;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace RightsBot.Telegram.Countries;

/// <summary>
/// <c>/country</c>: a keyboard of the loaded reports' countries, paged and optionally narrowed, then a country's
/// years; a tap sets the chat's <see cref="ChatChoice"/>. Pages and years replace the keyboard message in place. Its
/// words follow the Telegram language of whoever sent the command or pressed the button (<c>language_code</c>), as
/// <c>/help</c> and <c>/start</c> do: nothing here answers a question.
/// </summary>
internal sealed class CountryPicker(IQuestionAnswerer answerer, ChatChoices choices, TelegramSender sender, ILogger<CountryPicker> logger)
{
    /// <summary>The notice for a button whose list no longer matches the loaded reports (or that was never ours).</summary>
    public static string OutOfDate(BotTexts t) => t["telegram-country-out-of-date"];

    private const int BadRequest = 400;

    /// <summary>Answers <c>/country [words]</c> with the first page of the countries whose name contains the words.</summary>
    public async Task ShowAsync(Message message, string filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        filter = filter.Trim();
        var t = TelegramBotTexts.For(message.From);
        var catalog = CountryCatalog.From(await answerer.GetReportsAsync(cancellationToken).ConfigureAwait(false));
        // A page button carries the narrowing words; no country's name is anywhere near this long anyway.
        var matches = Encoding.UTF8.GetByteCount(filter) <= CountryCallback.MaxFilterBytes ? catalog.Matching(filter) : [];
        if (matches.Count == 0 && await answerer.FindCountryAsync(filter, cancellationToken).ConfigureAwait(false) is { } known)
        {
            // Another name of a country ("/country kyrgyzstan" for the Kyrgyz Republic): that country alone.
            matches = catalog.Matching(known);
        }

        var reply = matches.Count > 0
            ? CountryKeyboard.List(catalog, matches, 0, filter, choices.Get(message.Chat.Id), t)
            : new TelegramReply(TelegramBotTexts.Plain(catalog.Countries.Count == 0
                ? ReportListing.NoReports(t)
                : t.Format("telegram-country-no-match", filter)));
        await sender.SendRepliesAsync(message.Chat.Id, [reply], message.Id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Handles a press on a <c>/country</c> button (<see cref="CountryCallback.Owns"/>); returns the notice to show
    /// the user, or null for none. The caller answers the callback query.
    /// </summary>
    public async Task<string?> OnButtonAsync(CallbackQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var t = TelegramBotTexts.For(query.From);
        if (query.Message is not { } origin || !CountryCallback.TryParse(query.Data, out var button))
        {
            return OutOfDate(t);
        }

        var chatId = origin.Chat.Id;
        if (button.Kind == CountryCallbackKind.Clear)
        {
            choices.Clear(chatId);
            await EditAsync(origin, CountryKeyboard.Cleared(t), cancellationToken).ConfigureAwait(false);
            return t["telegram-country-cleared"];
        }

        var catalog = CountryCatalog.From(await answerer.GetReportsAsync(cancellationToken).ConfigureAwait(false));
        if (button.Version != catalog.Version)
        {
            return OutOfDate(t);
        }

        switch (button.Kind)
        {
            case CountryCallbackKind.Page:
                var matches = catalog.Matching(button.Filter);
                if (matches.Count == 0 || button.Page >= CountryKeyboard.PageCount(matches.Count))
                {
                    return OutOfDate(t);
                }

                await EditAsync(origin, CountryKeyboard.List(catalog, matches, button.Page, button.Filter, choices.Get(chatId), t), cancellationToken).ConfigureAwait(false);
                return null;
            case CountryCallbackKind.Country when button.Index < catalog.Countries.Count:
                await EditAsync(origin, CountryKeyboard.Years(catalog, button.Index, choices.Get(chatId), t), cancellationToken).ConfigureAwait(false);
                return null;
            case CountryCallbackKind.Latest when button.Index < catalog.Countries.Count:
                return await ChooseAsync(origin, new ChatChoice(catalog.Countries[button.Index].Name, null), t, cancellationToken).ConfigureAwait(false);
            case CountryCallbackKind.Year when button.Index < catalog.Countries.Count && catalog.Countries[button.Index].Years.Contains(button.Year):
                return await ChooseAsync(origin, new ChatChoice(catalog.Countries[button.Index].Name, button.Year), t, cancellationToken).ConfigureAwait(false);
            default:
                return OutOfDate(t);
        }
    }

    private async Task<string> ChooseAsync(Message origin, ChatChoice choice, BotTexts t, CancellationToken cancellationToken)
    {
        choices.Set(origin.Chat.Id, choice);
        await EditAsync(origin, CountryKeyboard.Chosen(choice, t), cancellationToken).ConfigureAwait(false);
        return TelegramBotTexts.ChoiceLine(choice, t);
    }

    // A second tap before the first edit shows asks for the same text again, which Telegram refuses with 400
    // ("message is not modified"); the message already shows what was asked for.
    private async Task EditAsync(Message origin, TelegramReply reply, CancellationToken cancellationToken)
    {
        try
        {
            await sender.TryEditAsync(origin.Chat.Id, origin.Id, reply, cancellationToken).ConfigureAwait(false);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == BadRequest)
        {
            logger.LogDebug("Telegram refused to edit a /country message with 400; leaving it as it is");
        }
    }
}
