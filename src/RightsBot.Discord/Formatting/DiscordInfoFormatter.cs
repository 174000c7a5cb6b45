using System.Globalization;
using System.Text;
using RightsBot.Core.Answering;
using RightsBot.Discord.Models;

namespace RightsBot.Discord.Formatting;

/// <summary>Renders the bot's own messages: /sources, /help and short private notices.</summary>
internal static class DiscordInfoFormatter
{
    public const int ContentLimit = 2000;

    internal const string HelpText =
        "**/ask** `question` — answers from the U.S. State Department's Country Reports on Human Rights Practices, " +
        "citing the paragraphs it used. Optional: `country` (suggested as you type), `year`, and `private` (only you see the answer).\n" +
        "**Paragraph [n]** buttons under an answer show you the whole paragraph behind source [n].\n" +
        "**/sources** — the reports the bot answers from.\n" +
        "When the reports do not cover a question the bot says so; it never makes an answer up.";

    /// <summary>A short message only the invoking user sees.</summary>
    public static DiscordMessage Notice(string text)
        => new(DiscordText.Truncate(text, ContentLimit), null, null, DiscordMessageFlags.Ephemeral, DiscordAllowedMentions.None);

    /// <summary>The /help message.</summary>
    public static DiscordMessage Help()
    {
        var embed = new DiscordEmbed("RightsBot", HelpText, Footer: new DiscordEmbedFooter(DiscordAnswerFormatter.Footer), Color: DiscordAnswerFormatter.AnswerColor);
        return new DiscordMessage(null, [embed], null, DiscordMessageFlags.Ephemeral, DiscordAllowedMentions.None);
    }

    /// <summary>The /sources message: one line per report, cut with a count of the rest when it runs long.</summary>
    public static DiscordMessage Reports(IReadOnlyList<ReportInfo> reports)
    {
        if (reports.Count == 0)
        {
            return Notice("No reports are loaded yet. Ask the operator to add report files to the corpus folder.");
        }

        var builder = new StringBuilder();
        for (var i = 0; i < reports.Count; i++)
        {
            var report = reports[i];
            var line = string.Create(CultureInfo.InvariantCulture, $"• {DiscordText.EscapeMarkdown(report.Country)} {report.Year} — {report.Passages} passages\n");
            var more = string.Create(CultureInfo.InvariantCulture, $"…and {reports.Count - i} more.");
            if (builder.Length + line.Length + more.Length > DiscordAnswerFormatter.DescriptionLimit)
            {
                builder.Append(more);
                break;
            }

            builder.Append(line);
        }

        var title = string.Create(CultureInfo.InvariantCulture, $"{reports.Count} reports");
        var embed = new DiscordEmbed(title, builder.ToString().TrimEnd(), Footer: new DiscordEmbedFooter(DiscordAnswerFormatter.Footer), Color: DiscordAnswerFormatter.AnswerColor);
        return new DiscordMessage(null, [embed], null, DiscordMessageFlags.Ephemeral, DiscordAllowedMentions.None);
    }
}
