using System.Globalization;
using RightsBot.Core.Conversation;
using RightsBot.Telegram.Conversations;
using RightsBot.Telegram.Formatting;
using Telegram.Bot.Types.ReplyMarkups;

namespace RightsBot.Telegram.Countries;

/// <summary>
/// The messages of the <c>/country</c> picker (pure: no I/O): a page of countries with ‹ › buttons, one country's
/// years with "Latest report", and what a choice or Clear leaves behind; in the words of <see cref="BotTexts"/>, with
/// the countries named as the reports name them.
/// </summary>
internal static class CountryKeyboard
{
    /// <summary>Countries a page: four rows of two fit a phone's screen above the keyboard.</summary>
    public const int PerPage = 8;

    private const int CountriesPerRow = 2;
    private const int YearsPerRow = 4;

    /// <summary>What the picker message says once the choice is cleared.</summary>
    public static TelegramReply Cleared(BotTexts t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new TelegramReply($"{TelegramHtml.Bold(t["telegram-country-none"])}\n{TelegramBotTexts.Plain(t["telegram-country-none-note"])}");
    }

    public static int PageCount(int matches) => Math.Max(1, (matches + PerPage - 1) / PerPage);

    /// <summary>Page <paramref name="page"/> of the countries at <paramref name="matches"/> (catalog indexes).</summary>
    public static TelegramReply List(CountryCatalog catalog, IReadOnlyList<int> matches, int page, string filter, ChatChoice? current, BotTexts t)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentNullException.ThrowIfNull(t);
        var pages = PageCount(matches.Count);
        ArgumentOutOfRangeException.ThrowIfNegative(page);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(page, pages);

        var rows = matches.Skip(page * PerPage).Take(PerPage)
            .Select(i => InlineKeyboardButton.WithCallbackData(catalog.Countries[i].Name, CountryCallback.ForCountry(catalog.Version, i).Data))
            .Chunk(CountriesPerRow)
            .Select(row => (IEnumerable<InlineKeyboardButton>)row)
            .ToList();
        var paging = new List<InlineKeyboardButton>();
        if (page > 0)
        {
            paging.Add(InlineKeyboardButton.WithCallbackData(t["telegram-country-previous"], CountryCallback.ForPage(catalog.Version, page - 1, filter).Data));
        }

        if (page < pages - 1)
        {
            paging.Add(InlineKeyboardButton.WithCallbackData(t["telegram-country-next"], CountryCallback.ForPage(catalog.Version, page + 1, filter).Data));
        }

        if (paging.Count > 0)
        {
            rows.Add(paging);
        }

        rows.Add([ClearButton(t)]);
        var heading = filter.Length == 0 ? t["telegram-country-choose"] : t.Format("telegram-country-matching", filter);
        var pageNote = pages > 1 ? " " + TelegramBotTexts.Plain(t.Format("telegram-country-page", page + 1, pages)) : string.Empty;
        var html = $"{TelegramHtml.Bold(heading)}{pageNote}\n{TelegramBotTexts.Plain(Now(current, t))}\n"
            + TelegramBotTexts.Plain(t["telegram-country-from-choice"]);
        return new TelegramReply(html, new InlineKeyboardMarkup(rows));
    }

    /// <summary>The years of the country at <paramref name="index"/>, latest first, after a "Latest report" button.</summary>
    public static TelegramReply Years(CountryCatalog catalog, int index, ChatChoice? current, BotTexts t)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(t);
        var country = catalog.Countries[index];
        var latest = t["latest-report-button"];
        var rows = new List<IEnumerable<InlineKeyboardButton>>
        {
            new[] { InlineKeyboardButton.WithCallbackData(latest, CountryCallback.ForLatest(catalog.Version, index).Data) },
        };
        rows.AddRange(country.Years
            .Select(y => InlineKeyboardButton.WithCallbackData(y.ToString(CultureInfo.InvariantCulture), CountryCallback.ForYear(catalog.Version, index, y).Data))
            .Chunk(YearsPerRow));
        rows.Add(
        [
            InlineKeyboardButton.WithCallbackData(t["telegram-country-back"], CountryCallback.ForPage(catalog.Version, index / PerPage, string.Empty).Data),
            ClearButton(t),
        ]);
        var html = $"{TelegramHtml.Bold(country.Name)}: {TelegramBotTexts.Plain(t["telegram-country-which-report"])}\n{TelegramBotTexts.Plain(Now(current, t))}\n"
            + TelegramBotTexts.Plain(t.Format("telegram-country-latest-note", latest));
        return new TelegramReply(html, new InlineKeyboardMarkup(rows));
    }

    /// <summary>What the picker message says once a report is chosen (its keyboard goes).</summary>
    public static TelegramReply Chosen(ChatChoice choice, BotTexts t)
    {
        ArgumentNullException.ThrowIfNull(choice);
        return new TelegramReply(
            $"{TelegramHtml.Bold(TelegramBotTexts.ChoiceLine(choice, t))}\n{TelegramBotTexts.Plain(t["telegram-country-chosen-note"])}");
    }

    private static string Now(ChatChoice? current, BotTexts t)
        => current is null ? t["telegram-country-now-none"] : t.Format("telegram-country-now", TelegramBotTexts.ChoiceName(current, t));

    private static InlineKeyboardButton ClearButton(BotTexts t) => InlineKeyboardButton.WithCallbackData(t["telegram-country-clear"], CountryCallback.ForClear().Data);
}
