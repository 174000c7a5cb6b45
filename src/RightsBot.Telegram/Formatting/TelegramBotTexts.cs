using System.Text;
using RightsBot.Core.Answering;

namespace RightsBot.Telegram.Formatting;

/// <summary>The bot's own messages (greeting, help, about, notices), in Telegram HTML.</summary>
internal static class TelegramBotTexts
{
    public const string Unsupported = "I can only read text questions. Type what you want to know, e.g. <i>how are torture complaints handled in Kazakhstan?</i>";

    public const string EmptyQuestion = "Please write your question after the command, e.g. <code>/ask are journalists harassed in Mexico?</code>";

    public const string RateLimited = "You are asking quickly. Please wait a minute before the next question — I will answer again then.";

    public const string PassageGone = "That paragraph is no longer in the corpus.";

    public const string Failure = "Sorry, something went wrong while answering. Please try again in a moment.";

    public static string TooLong(int maxLength)
        => $"That question is a bit long for me. Please shorten it to at most {maxLength} characters and ask again.";

    public static string Help(string botUsername) =>
        $"""
        <b>How to ask</b>
        Just write a question in this chat, e.g. <i>what does the Kazakhstan 2016 report say about peaceful assembly?</i>
        Name a country or a year to pick a report. Every answer lists its sources; the <b>Full paragraph</b> buttons show the exact text to quote.

        <b>Commands</b>
        /ask &lt;question&gt; — ask (the way to ask in a group)
        /sources — the reports I answer from
        /about — what RightsBot is
        /help — this message

        In groups, use /ask, mention @{TelegramHtml.Escape(botUsername)}, or reply to one of my messages.
        In any chat, type @{TelegramHtml.Escape(botUsername)} and a question to share a cited paragraph.
        """;

    public const string About =
        """
        <b>RightsBot</b> answers questions from the U.S. State Department's <i>Country Reports on Human Rights Practices</i>. Every answer comes from the reports' own paragraphs and says where; when the reports do not cover something, it says so instead of guessing.

        RightsBot stores nothing about you: no questions, no user or chat ids, no names.
        """;

    public static string Start(IReadOnlyList<ReportInfo> reports, string botUsername)
    {
        var sb = new StringBuilder("Hi! I answer questions about the U.S. State Department's <i>Country Reports on Human Rights Practices</i> and quote the paragraphs my answers come from.\n\n");
        sb.Append(reports.Count == 0
            ? "No reports are loaded yet."
            : $"I know {reports.Count} report{(reports.Count == 1 ? string.Empty : "s")}: {TelegramHtml.Escape(Summarize(reports, 8))}. /sources lists them all.");
        sb.Append("\n\n<b>Try asking</b>");
        foreach (var example in Examples(reports))
        {
            sb.Append("\n• ").Append(TelegramHtml.Escape(example));
        }

        sb.Append("\n\n/help shows every command; in groups mention @").Append(TelegramHtml.Escape(botUsername)).Append(" or use /ask.");
        return sb.ToString();
    }

    public static string Sources(IReadOnlyList<ReportInfo> reports)
    {
        if (reports.Count == 0)
        {
            return "No reports are loaded yet.";
        }

        var sb = new StringBuilder($"<b>Reports I answer from</b> ({reports.Count})");
        foreach (var country in reports.GroupBy(r => r.Country))
        {
            var years = string.Join(", ", country.Select(r => r.Year).Order());
            sb.Append("\n• ").Append(TelegramHtml.Escape(country.Key)).Append(": ").Append(years);
        }

        return sb.ToString();
    }

    private static string Summarize(IReadOnlyList<ReportInfo> reports, int maxCountries)
    {
        var countries = reports.GroupBy(r => r.Country).ToList();
        var shown = countries.Take(maxCountries)
            .Select(c => $"{c.Key} ({string.Join(", ", c.Select(r => r.Year).Order())})");
        var more = countries.Count > maxCountries ? $" and {countries.Count - maxCountries} more countries" : string.Empty;
        return string.Join(", ", shown) + more;
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

        return templates.Select((t, i) => string.Format(System.Globalization.CultureInfo.InvariantCulture, t, picks[i % picks.Count].Country, picks[i % picks.Count].Year));
    }
}
