using System.Globalization;
using System.Text;
using RightsBot.Core.Answering;
using RightsBot.Core.Conversation;
using RightsBot.Telegram.Conversations;

namespace RightsBot.Telegram.Formatting;

/// <summary>
/// The bot's own messages (greeting, help, about, report list, notices) in Telegram HTML: the shared words of
/// <see cref="BotTexts"/> and <see cref="ReportListing"/>, escaped, with Telegram's markup and commands around them.
/// </summary>
internal static class TelegramBotTexts
{
    // How many countries the greeting names before it says how many more there are.
    private const int GreetingCountries = 8;

    public static readonly string Unsupported = Plain(BotTexts.English.TextOnly + " " + BotTexts.English.HowToAsk);

    public static readonly string RateLimited = Plain(BotTexts.English.RateLimited);

    public static readonly string Failure = Plain(BotTexts.English.Failure);

    public static readonly string About =
        $"{Plain(BotTexts.English.Purpose)} {Plain(BotTexts.English.Honesty)}\n\n{Plain(BotTexts.English.Privacy)}";

    /// <summary>The answer to <c>/new</c>.</summary>
    public static readonly string Forgotten = Plain("Starting afresh: I forgot the previous question and the chosen country.");

    /// <summary>The answer to <c>/compare</c> without a question.</summary>
    public static readonly string CompareUsage = Plain("Type a question after /compare, e.g. /compare torture complaints in Kazakhstan");

    /// <summary>The chat's chosen report as an answer's first line (plain text): "Country: Kazakhstan · 2016".</summary>
    public static string ChoiceLine(ChatChoice choice) => "Country: " + ChoiceName(choice);

    /// <summary>"Kazakhstan · latest report" or "Kazakhstan · 2016" (plain text).</summary>
    public static string ChoiceName(ChatChoice choice)
    {
        ArgumentNullException.ThrowIfNull(choice);
        return choice.Year is int year
            ? string.Create(CultureInfo.InvariantCulture, $"{choice.Country} · {year}")
            : $"{choice.Country} · latest report";
    }

    /// <summary>A plain-text message (a shared text, a pre-check's verdict) made safe for HTML parse mode.</summary>
    public static string Plain(string text) => TelegramHtml.Escape(text);

    public static string Help(string botUsername)
    {
        var bot = TelegramHtml.Escape(botUsername);
        return $"""
            {TelegramHtml.Bold("How to ask")}
            {Plain(BotTexts.English.HowToAsk)}
            {Plain(BotTexts.English.AnswerSources)} {TelegramHtml.Bold("Full paragraph [n]")} shows {Plain(BotTexts.English.FullParagraph)}.

            {TelegramHtml.Bold("Commands")}
            /ask &lt;question&gt; — {Plain(BotTexts.English.AskCommand)} (the way to ask in a group)
            /compare &lt;question&gt; — {Plain(BotTexts.English.CompareCommand)}
            /country — choose the country (and year) your questions are about
            /new — {Plain(BotTexts.English.NewCommand)}
            /sources — {Plain(BotTexts.English.SourcesCommand)}
            /about — {Plain(BotTexts.English.AboutCommand)}
            /help — {Plain(BotTexts.English.HelpCommand)}

            {TelegramHtml.Bold("Follow-ups")}
            {Plain(BotTexts.English.FollowUps)} I keep your last question in memory only, for follow-ups, and forget it after some minutes.

            In groups, use /ask, mention @{bot}, or reply to one of my messages; a reply to an answer follows up on it.
            In any chat, type @{bot} and a question to share a cited paragraph.
            """;
    }

    public static string Start(IReadOnlyList<ReportInfo> reports, string botUsername)
    {
        var sb = new StringBuilder("Hi! ").Append(Plain(BotTexts.English.Purpose)).Append("\n\n");
        sb.Append(reports.Count == 0
            ? Plain(ReportListing.NoReports(BotTexts.English))
            : string.Create(CultureInfo.InvariantCulture, $"I know {reports.Count} report{(reports.Count == 1 ? string.Empty : "s")}: {Plain(ReportListing.Summary(reports, GreetingCountries, BotTexts.English))}. /sources lists them all."));
        sb.Append("\n\n").Append(TelegramHtml.Bold("Try asking"));
        foreach (var example in Examples(reports))
        {
            sb.Append("\n• ").Append(Plain(example));
        }

        sb.Append("\n\n/help shows every command; in groups mention @").Append(TelegramHtml.Escape(botUsername)).Append(" or use /ask.");
        return sb.ToString();
    }

    public static string Sources(IReadOnlyList<ReportInfo> reports)
    {
        if (reports.Count == 0)
        {
            return Plain(ReportListing.NoReports(BotTexts.English));
        }

        var sb = new StringBuilder(TelegramHtml.Bold(ReportListing.Heading(reports.Count, BotTexts.English)));
        foreach (var line in ReportListing.Lines(reports))
        {
            sb.Append("\n• ").Append(Plain(line));
        }

        return sb.ToString();
    }

    private static IEnumerable<string> Examples(IReadOnlyList<ReportInfo> reports)
    {
        var picks = reports.GroupBy(r => r.Country).Select(g => g.OrderByDescending(r => r.Year).First()).Take(3).ToList();
        string[] templates =
        [
            "In the {1} {0} report, how are torture complaints handled?",
            "What does the {0} {1} report say about freedom of peaceful assembly?",
            "Are journalists harassed in {0}?",
        ];
        if (picks.Count == 0)
        {
            return ["How are torture complaints handled?", "Is peaceful assembly restricted?", "Are journalists harassed?"];
        }

        return templates.Select((t, i) => string.Format(CultureInfo.InvariantCulture, t, picks[i % picks.Count].Country, picks[i % picks.Count].Year));
    }
}
