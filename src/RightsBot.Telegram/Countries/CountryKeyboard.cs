using RightsBot.Core.Conversation;
using System.Globalization;
using RightsBot.Telegram.Conversations;
using RightsBot.Telegram.Formatting;
using Telegram.Bot.Types.ReplyMarkups;

namespace RightsBot.Telegram.Countries;

/// <summary>
/// The messages of the <c>/country</c> picker (pure: no I/O): a page of countries with ‹ › buttons, one country's
/// years with "Latest report", and what a choice or Clear leaves behind.
/// </summary>
internal static class CountryKeyboard
{
    /// <summary>Countries a page: four rows of two fit a phone's screen above the keyboard.</summary>
    public const int PerPage = 8;

    private const int CountriesPerRow = 2;
    private const int YearsPerRow = 4;

    /// <summary>What the picker message says once the choice is cleared.</summary>
    public static readonly TelegramReply Cleared = new(
        $"{TelegramHtml.Bold("No country chosen")}\nQuestions that name no country are answered from every report. /country chooses one.");

    public static int PageCount(int matches) => Math.Max(1, (matches + PerPage - 1) / PerPage);

    /// <summary>Page <paramref name="page"/> of the countries at <paramref name="matches"/> (catalog indexes).</summary>
    public static TelegramReply List(CountryCatalog catalog, IReadOnlyList<int> matches, int page, string filter, ChatChoice? current)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(matches);
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
            paging.Add(InlineKeyboardButton.WithCallbackData("‹ Previous", CountryCallback.ForPage(catalog.Version, page - 1, filter).Data));
        }

        if (page < pages - 1)
        {
            paging.Add(InlineKeyboardButton.WithCallbackData("Next ›", CountryCallback.ForPage(catalog.Version, page + 1, filter).Data));
        }

        if (paging.Count > 0)
        {
            rows.Add(paging);
        }

        rows.Add([ClearButton()]);
        var heading = filter.Length == 0
            ? "Choose a country"
            : $"Countries matching “{filter}”";
        var pageNote = pages > 1 ? string.Create(CultureInfo.InvariantCulture, $" (page {page + 1} of {pages})") : string.Empty;
        var html = $"{TelegramHtml.Bold(heading)}{pageNote}\n{TelegramHtml.Escape(Now(current))}\n"
            + "Questions that name no country are answered from the country you choose.";
        return new TelegramReply(html, new InlineKeyboardMarkup(rows));
    }

    /// <summary>The years of the country at <paramref name="index"/>, latest first, after a "Latest report" button.</summary>
    public static TelegramReply Years(CountryCatalog catalog, int index, ChatChoice? current)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var country = catalog.Countries[index];
        var rows = new List<IEnumerable<InlineKeyboardButton>>
        {
            new[] { InlineKeyboardButton.WithCallbackData("Latest report", CountryCallback.ForLatest(catalog.Version, index).Data) },
        };
        rows.AddRange(country.Years
            .Select(y => InlineKeyboardButton.WithCallbackData(y.ToString(CultureInfo.InvariantCulture), CountryCallback.ForYear(catalog.Version, index, y).Data))
            .Chunk(YearsPerRow));
        rows.Add(
        [
            InlineKeyboardButton.WithCallbackData("‹ Countries", CountryCallback.ForPage(catalog.Version, index / PerPage, string.Empty).Data),
            ClearButton(),
        ]);
        var html = $"{TelegramHtml.Bold(country.Name)}: which report?\n{TelegramHtml.Escape(Now(current))}\n"
            + "\"Latest report\" follows new editions as they are added.";
        return new TelegramReply(html, new InlineKeyboardMarkup(rows));
    }

    /// <summary>What the picker message says once a report is chosen (its keyboard goes).</summary>
    public static TelegramReply Chosen(ChatChoice choice)
    {
        ArgumentNullException.ThrowIfNull(choice);
        return new TelegramReply(
            $"{TelegramHtml.Bold(TelegramBotTexts.ChoiceLine(choice, BotTexts.English))}\n"
            + "Questions that name no country are answered from it. /country changes it; /new forgets it.");
    }

    private static string Now(ChatChoice? current)
        => current is null ? "Chosen now: none." : $"Chosen now: {TelegramBotTexts.ChoiceName(current, BotTexts.English)}.";

    private static InlineKeyboardButton ClearButton() => InlineKeyboardButton.WithCallbackData("Clear", CountryCallback.ForClear().Data);
}
