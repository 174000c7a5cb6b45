using System.Globalization;
using System.Text;
using RightsBot.Core.Answering;
using RightsBot.Core.Conversation;
using RightsBot.Core.Languages;
using RightsBot.Telegram.Conversations;
using Telegram.Bot.Types;

namespace RightsBot.Telegram.Formatting;

/// <summary>
/// The bot's own messages (greeting, help, about, report list, notices) in Telegram HTML: the shared words of
/// <see cref="BotTexts"/> and <see cref="ReportListing"/>, escaped, with Telegram's markup and commands around them.
/// </summary>
internal static class TelegramBotTexts
{
    // How many countries the greeting names before it says how many more there are.
    private const int GreetingCountries = 8;

    // The greeting's example questions, each filled with a loaded report's country and year.
    private static readonly string[] ExampleKeys = ["example-1", "example-2", "example-3"];

    /// <summary>
    /// The words for a user's messages that answer no question (/start, /help, notices, buttons): the language of
    /// the user's Telegram (<c>language_code</c>) when the bot speaks it, else English.
    /// </summary>
    public static BotTexts For(User? user) => BotTexts.For(UserLanguage(user) ?? Language.English);

    /// <summary>The bot's language for the user's Telegram interface (<c>language_code</c>), or null.</summary>
    public static Language? UserLanguage(User? user) => ReplyLanguage.FromLocale(user?.LanguageCode);

    public static string Unsupported(BotTexts t) => Plain(t.TextOnly + " " + t.HowToAsk);

    public static string RateLimited(BotTexts t) => Plain(t.RateLimited);

    public static string Failure(BotTexts t) => Plain(t.Failure);

    public static string About(BotTexts t) => $"{Plain(t.Purpose)} {Plain(t.Honesty)}\n\n{Plain(t.Privacy)}";

    /// <summary>The answer to <c>/new</c>.</summary>
    public static string Forgotten(BotTexts t) => Plain(t["telegram-forgotten"]);

    /// <summary>The answer to <c>/compare</c> without a question.</summary>
    public static string CompareUsage(BotTexts t) => Plain(t["telegram-compare-usage"]);

    /// <summary>The chat's chosen report as an answer's first line (plain text): "Country: Kazakhstan · 2016".</summary>
    public static string ChoiceLine(ChatChoice choice, BotTexts t) => t.Format("telegram-choice-line", ChoiceName(choice, t));

    /// <summary>"Kazakhstan · latest report" or "Kazakhstan · 2016" (plain text).</summary>
    public static string ChoiceName(ChatChoice choice, BotTexts t)
    {
        ArgumentNullException.ThrowIfNull(choice);
        ArgumentNullException.ThrowIfNull(t);
        return choice.Year is int year
            ? string.Create(CultureInfo.InvariantCulture, $"{choice.Country} · {year}")
            : $"{choice.Country} · {t.LatestReport}";
    }

    /// <summary>A plain-text message (a shared text, a pre-check's verdict) made safe for HTML parse mode.</summary>
    public static string Plain(string text) => TelegramHtml.Escape(text);

    public static string Help(string botUsername, BotTexts t)
    {
        ArgumentNullException.ThrowIfNull(t);
        var bot = "@" + botUsername;
        var button = TelegramHtml.Bold(t.Format("telegram-full-paragraph", "n"));
        var question = Plain($"<{t["telegram-question"]}>");
        return $"""
            {TelegramHtml.Bold(t["telegram-how-to-ask"])}
            {Plain(t.HowToAsk)}
            {Plain(t.AnswerSources)} {Plain(t.Format("telegram-button-shows", "\u0001", t.FullParagraph)).Replace("\u0001", button, StringComparison.Ordinal)}

            {TelegramHtml.Bold(t["telegram-commands"])}
            /ask {question} — {Plain(t.AskCommand)} {Plain(t["telegram-ask-in-group"])}
            /compare {question} — {Plain(t.CompareCommand)}
            /country — {Plain(t["telegram-command-country"])}
            /new — {Plain(t.NewCommand)}
            /sources — {Plain(t.SourcesCommand)}
            /about — {Plain(t.AboutCommand)}
            /help — {Plain(t.HelpCommand)}

            {TelegramHtml.Bold(t["telegram-follow-ups"])}
            {Plain(t.FollowUps)} {Plain(t["telegram-memory"])}

            {Plain(t.Format("telegram-groups", bot))}
            {Plain(t.Format("telegram-inline", bot))}
            """;
    }

    public static string Start(IReadOnlyList<ReportInfo> reports, string botUsername, BotTexts t)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(t);
        var sb = new StringBuilder(Plain(t["telegram-hi"])).Append(' ').Append(Plain(t.Purpose)).Append("\n\n");
        sb.Append(reports.Count == 0
            ? Plain(ReportListing.NoReports(t))
            : Plain(t.Format(reports.Count == 1 ? "telegram-reports-one" : "telegram-reports", reports.Count, ReportListing.Summary(reports, GreetingCountries, t))));
        sb.Append("\n\n").Append(TelegramHtml.Bold(t["telegram-try-asking"]));
        foreach (var example in Examples(reports, t))
        {
            sb.Append("\n• ").Append(Plain(example));
        }

        sb.Append("\n\n").Append(Plain(t.Format("telegram-start-end", "@" + botUsername)));
        return sb.ToString();
    }

    public static string Sources(IReadOnlyList<ReportInfo> reports, BotTexts t)
    {
        ArgumentNullException.ThrowIfNull(reports);
        if (reports.Count == 0)
        {
            return Plain(ReportListing.NoReports(t));
        }

        var sb = new StringBuilder(TelegramHtml.Bold(ReportListing.Heading(reports.Count, t)));
        foreach (var line in ReportListing.Lines(reports))
        {
            sb.Append("\n• ").Append(Plain(line));
        }

        return sb.ToString();
    }

    private static IEnumerable<string> Examples(IReadOnlyList<ReportInfo> reports, BotTexts t)
    {
        var picks = reports.GroupBy(r => r.Country).Select(g => g.OrderByDescending(r => r.Year).First()).Take(3).ToList();
        if (picks.Count == 0)
        {
            return [t["example-any-1"], t["example-any-2"], t["example-any-3"]];
        }

        return ExampleKeys.Select((key, i) => t.Format(key, picks[i % picks.Count].Country, picks[i % picks.Count].Year));
    }
}
