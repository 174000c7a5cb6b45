using RightsBot.Core.Answering;
using RightsBot.Core.Conversation;
using RightsBot.Discord.FollowUps;
using RightsBot.Discord.Models;

namespace RightsBot.Discord.Formatting;

/// <summary>Renders a core <see cref="Answer"/> or a passage as a Discord message within Discord's embed limits.</summary>
internal static class DiscordAnswerFormatter
{
    public const int TitleLimit = 256;
    public const int DescriptionLimit = 4096;
    public const int FieldNameLimit = 256;
    public const int FieldValueLimit = 1024;
    public const int EmbedTotalLimit = 6000;
    public const int MaxFields = 10;

    internal const int AnswerColor = 0x2B6CB0;
    internal const int NotCoveredColor = 0x718096;
    internal const string Footer = "Country Reports on Human Rights Practices · U.S. Department of State";

    private const int SnippetLength = 280;
    private const int SectionLength = 300;

    // A source's link needs room for at least this much of its label; a field with less shows the section unlinked.
    private const int MinLinkLabelLength = 16;

    // The description keeps at least this much of the 6,000 even when many long sources compete for room.
    private const int DescriptionReserve = 1500;

    /// <summary>
    /// The message for an answer under <paramref name="title"/> (the question); a rejected question becomes a short
    /// private notice. <paramref name="menu"/> adds the year menu and "Latest report" button; a
    /// <paramref name="serverDefault"/> country is named in the footer when the answer used it.
    /// </summary>
    public static DiscordMessage FormatAnswer(string title, Answer answer, bool ephemeral, DiscordReaskMenu? menu = null, string? serverDefault = null)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Status == AnswerStatus.Rejected)
        {
            return DiscordInfoFormatter.Notice(answer.Text);
        }

        title = DiscordText.Truncate(OneLine(title), TitleLimit);
        var texts = BotTexts.For(answer.ReplyLanguage);
        var footer = new DiscordEmbedFooter(FooterText(answer, serverDefault, texts));
        var flags = ephemeral ? DiscordMessageFlags.Ephemeral : (int?)null;

        if (answer.Status == AnswerStatus.NotCovered || answer.Sources.Count == 0)
        {
            var room = Math.Min(DescriptionLimit, EmbedTotalLimit - title.Length - footer.Text.Length);
            var hint = string.IsNullOrWhiteSpace(answer.Hint) ? string.Empty : "\n\n" + DiscordText.EscapeMarkdown(answer.Hint);
            var description = DiscordText.Truncate(AnswerText(answer, Math.Max(1, room - hint.Length)) + hint, room);
            var embed = new DiscordEmbed(title, description, Footer: footer, Color: NotCoveredColor);
            return new DiscordMessage(null, [embed], DiscordAnswerComponents.Build([], menu, texts), flags, DiscordAllowedMentions.None);
        }

        var sources = answer.Sources.Take(MaxFields).ToList();
        var fixedLength = title.Length + footer.Text.Length;
        var perField = Math.Max(64, (EmbedTotalLimit - fixedLength - DescriptionReserve) / sources.Count);
        var fields = sources.Select(source => SourceField(source, perField, texts)).ToList();

        var left = EmbedTotalLimit - fixedLength - fields.Sum(f => f.Name.Length + f.Value.Length);
        // Under the sources of a Russian or Kazakh answer: the quotes are the reports' own English.
        var note = texts.QuotesNote is { } n ? "\n\n*" + DiscordText.EscapeMarkdown(n) + "*" : string.Empty;
        var answerEmbed = new DiscordEmbed(title, AnswerText(answer, Math.Min(DescriptionLimit, left - note.Length)) + note, fields, footer, AnswerColor);

        return new DiscordMessage(null, [answerEmbed], DiscordAnswerComponents.Build(sources, menu, texts), flags, DiscordAllowedMentions.None);
    }

    /// <summary>The whole paragraph behind a source, shown privately to whoever pressed its button.</summary>
    public static DiscordMessage FormatPassage(PassageView passage, int rank, BotTexts? texts = null)
    {
        texts ??= BotTexts.English;
        var title = DiscordText.Truncate(rank > 0 ? CitationLabel.Numbered(rank, passage.Report) : passage.Report, TitleLimit);
        var description = DiscordText.Truncate(DiscordText.EscapeMarkdown(passage.Text), DescriptionLimit);
        var fields = string.IsNullOrWhiteSpace(passage.Section)
            ? null
            : new[] { new DiscordEmbedField(texts["discord-section"], DiscordText.Truncate(DiscordText.EscapeMarkdown(passage.Section), FieldValueLimit)) };
        var embed = new DiscordEmbed(title, description, fields, new DiscordEmbedFooter(Footer), AnswerColor, passage.Url);
        return new DiscordMessage(null, [embed], null, DiscordMessageFlags.Ephemeral, DiscordAllowedMentions.None);
    }

    // "[n] Report", then the section (a masked link to the passage on the report's page, when known) and a snippet.
    private static DiscordEmbedField SourceField(AnswerSource source, int budget, BotTexts texts)
    {
        var name = DiscordText.Truncate(CitationLabel.Numbered(source.Rank, source.Report), FieldNameLimit);
        var section = string.IsNullOrWhiteSpace(source.Section) ? null : source.Section;
        var snippet = DiscordText.Truncate(DiscordText.EscapeMarkdown(OneLine(source.Text)), SnippetLength);
        var valueLimit = Math.Clamp(budget - name.Length, 1, FieldValueLimit);

        // A link is never cut: it gets its room first, and the snippet what is left.
        var linkRoom = source.Url is null ? 0 : Math.Min(SectionLength, valueLimit - DiscordText.MaskedLink(string.Empty, source.Url).Length - 1);
        if (linkRoom >= MinLinkLabelLength)
        {
            var link = DiscordText.MaskedLink(DiscordText.Truncate(DiscordText.EscapeLinkLabel(section ?? texts["discord-report-page"]), linkRoom), source.Url!) + "\n";
            var rest = valueLimit - link.Length;
            return new DiscordEmbedField(name, rest > 0 ? link + DiscordText.Truncate(snippet, rest) : link.TrimEnd());
        }

        var head = section is null ? string.Empty : DiscordText.Truncate(DiscordText.EscapeMarkdown(section), SectionLength) + "\n";
        return new DiscordEmbedField(name, DiscordText.Truncate(head + snippet, valueLimit));
    }

    // A comparison renders one line per report, each trimmed to its share; any other answer is its text, trimmed.
    private static string AnswerText(Answer answer, int room)
        => answer.Comparison is { Count: > 0 } parts && !answer.Summarized
            ? DiscordComparisonText.Format(parts, room)
            : DiscordText.Truncate(DiscordText.EscapeMarkdown(answer.Text), room);

    private static string FooterText(Answer answer, string? serverDefault, BotTexts texts)
    {
        var footer = answer.Summarized ? Footer + CitationLabel.Separator + texts["discord-summarized"] : Footer;
        return serverDefault is null ? footer : texts.Format("discord-server-default", serverDefault) + CitationLabel.Separator + footer;
    }

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
