using System.Text;
using RightsBot.Core.Answering;
using RightsBot.Core.Conversation;
using RightsBot.Discord.Models;

namespace RightsBot.Discord.Formatting;

/// <summary>Renders the bot's own messages: /sources, /help and short private notices.</summary>
internal static class DiscordInfoFormatter
{
    public const int ContentLimit = 2000;

    // The shared words of BotTexts, escaped, around Discord's commands and markdown.
    internal static readonly string HelpText =
        $"{Md(BotTexts.English.Purpose)} {Md(BotTexts.English.Honesty)}\n\n" +
        $"{Md(BotTexts.English.HowToAsk)}\n" +
        $"**/ask** `question` — {Md(BotTexts.English.AskCommand)}. Optional: `country` (suggested as you type), `year`, and `private` (only you see the answer).\n" +
        $"**/compare** `question` — {Md(BotTexts.English.CompareCommand)}, one line per report. Optional: `country`, `from` and `to` (two years), `private`.\n" +
        $"**/settings** — this server's default country, for questions that name none (changing it needs Manage Server).\n" +
        $"**/sources** — {Md(BotTexts.English.SourcesCommand)}.\n" +
        $"**/help** — {Md(BotTexts.English.HelpCommand)}.\n" +
        $"{Md(BotTexts.English.AnswerSources)} **Paragraph [n]** buttons show {Md(BotTexts.English.FullParagraph)}. " +
        "**Other years of this report** and **Latest report** ask the same question of another report.";

    /// <summary>A short message only the invoking user sees.</summary>
    public static DiscordMessage Notice(string text)
        => new(DiscordText.Truncate(text, ContentLimit), null, null, DiscordMessageFlags.Ephemeral, DiscordAllowedMentions.None);

    /// <summary>The /help message.</summary>
    public static DiscordMessage Help()
    {
        var embed = new DiscordEmbed("RightsBot", HelpText, Footer: new DiscordEmbedFooter(DiscordAnswerFormatter.Footer), Color: DiscordAnswerFormatter.AnswerColor);
        return new DiscordMessage(null, [embed], null, DiscordMessageFlags.Ephemeral, DiscordAllowedMentions.None);
    }

    /// <summary>The /sources message: one line a country, cut with a count of the rest when it runs long.</summary>
    public static DiscordMessage Reports(IReadOnlyList<ReportInfo> reports)
    {
        if (reports.Count == 0)
        {
            return Notice(ReportListing.NoReports(BotTexts.English));
        }

        var lines = ReportListing.Lines(reports);
        var builder = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = $"• {Md(lines[i])}\n";
            var more = $"…{ReportListing.More(lines.Count - i, BotTexts.English)}.";
            if (builder.Length + line.Length + more.Length > DiscordAnswerFormatter.DescriptionLimit)
            {
                builder.Append(more);
                break;
            }

            builder.Append(line);
        }

        var title = ReportListing.Heading(reports.Count, BotTexts.English);
        var embed = new DiscordEmbed(title, builder.ToString().TrimEnd(), Footer: new DiscordEmbedFooter(DiscordAnswerFormatter.Footer), Color: DiscordAnswerFormatter.AnswerColor);
        return new DiscordMessage(null, [embed], null, DiscordMessageFlags.Ephemeral, DiscordAllowedMentions.None);
    }

    private static string Md(string text) => DiscordText.EscapeMarkdown(text);
}
