using System.Globalization;
using System.Text;
using RightsBot.Core.Answering;
using RightsBot.Core.Conversation;
using RightsBot.Discord.Models;

namespace RightsBot.Discord.Formatting;

/// <summary>Renders the bot's own messages: /sources, /help and short private notices, in the words of <see cref="BotTexts"/>.</summary>
internal static class DiscordInfoFormatter
{
    public const int ContentLimit = 2000;

    /// <summary>
    /// The /help text: the shared words of <see cref="BotTexts"/>, escaped, around Discord's commands and markdown;
    /// the commands' option names in code spans stay as Discord shows them, in English.
    /// </summary>
    internal static string HelpText(BotTexts t)
    {
        ArgumentNullException.ThrowIfNull(t);
        var buttons = Words(
            t,
            "discord-buttons",
            Bold(t.Format("discord-paragraph", "n")),
            Md(t.FullParagraph),
            Bold(t["discord-other-years"]),
            Bold(t["latest-report-button"]));
        return $"{Md(t.Purpose)} {Md(t.Honesty)}\n\n" +
            $"{Md(t.HowToAsk)}\n" +
            $"**/ask** `question` — {Md(t.AskCommand)}. {Words(t, "discord-ask-options")}\n" +
            $"**/compare** `question` — {Md(t.CompareCommand)}, {Words(t, "discord-compare-options")}\n" +
            $"**/settings** — {Words(t, "discord-command-settings")}\n" +
            $"**/sources** — {Md(t.SourcesCommand)}.\n" +
            $"**/help** — {Md(t.HelpCommand)}.\n" +
            $"{Md(t.AnswerSources)} {buttons}";
    }

    /// <summary>
    /// The catalogue's text <paramref name="key"/> as Discord markdown: escaped but for its code spans (option names,
    /// commands), with <paramref name="markdown"/> (already escaped or marked up) in its placeholders.
    /// </summary>
    public static string Words(BotTexts t, string key, params object?[] markdown)
    {
        ArgumentNullException.ThrowIfNull(t);
        return string.Format(CultureInfo.InvariantCulture, DiscordText.EscapeMarkdownOutsideCode(t[key]), markdown);
    }

    /// <summary>A short message only the invoking user sees.</summary>
    public static DiscordMessage Notice(string text)
        => new(DiscordText.Truncate(text, ContentLimit), null, null, DiscordMessageFlags.Ephemeral, DiscordAllowedMentions.None);

    /// <summary>The /help message.</summary>
    public static DiscordMessage Help(BotTexts t)
    {
        var embed = new DiscordEmbed("RightsBot", HelpText(t), Footer: new DiscordEmbedFooter(DiscordAnswerFormatter.Footer), Color: DiscordAnswerFormatter.AnswerColor);
        return new DiscordMessage(null, [embed], null, DiscordMessageFlags.Ephemeral, DiscordAllowedMentions.None);
    }

    /// <summary>The /sources message: one line a country, cut with a count of the rest when it runs long.</summary>
    public static DiscordMessage Reports(IReadOnlyList<ReportInfo> reports, BotTexts t)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(t);
        if (reports.Count == 0)
        {
            return Notice(Md(ReportListing.NoReports(t)));
        }

        var lines = ReportListing.Lines(reports);
        var builder = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = $"• {Md(lines[i])}\n";
            var more = $"…{Md(ReportListing.More(lines.Count - i, t))}.";
            if (builder.Length + line.Length + more.Length > DiscordAnswerFormatter.DescriptionLimit)
            {
                builder.Append(more);
                break;
            }

            builder.Append(line);
        }

        var title = ReportListing.Heading(reports.Count, t);
        var embed = new DiscordEmbed(title, builder.ToString().TrimEnd(), Footer: new DiscordEmbedFooter(DiscordAnswerFormatter.Footer), Color: DiscordAnswerFormatter.AnswerColor);
        return new DiscordMessage(null, [embed], null, DiscordMessageFlags.Ephemeral, DiscordAllowedMentions.None);
    }

    private static string Md(string text) => DiscordText.EscapeMarkdown(text);

    private static string Bold(string text) => $"**{Md(text)}**";
}
