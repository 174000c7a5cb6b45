using System.Security.Cryptography;
using System.Text;
using RightsBot.Core.Answering;
using RightsBot.Core.Conversation;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.InlineQueryResults;
using Telegram.Bot.Types.ReplyMarkups;

namespace RightsBot.Telegram.Formatting;

/// <summary>Renders core answers and passages as Telegram HTML messages, buttons and inline results (pure: no I/O).</summary>
internal static class TelegramAnswerFormatter
{
    public const int MaxMessageLength = 4096;
    public const int MaxInlineResults = 5;
    private const int ButtonsPerRow = 3;
    private const int InlineDescriptionLength = 120;

    // Telegram shows about this much of an inline result's title.
    private const int InlineTitleLength = 100;
    private const string StillWriting = " …";

    /// <summary>
    /// The answer, then its numbered sources; the last part carries the "Full paragraph [n]" buttons and, with
    /// <paramref name="withFeedback"/>, a 👍/👎 row. A <paramref name="heading"/> (plain text: the chat's chosen
    /// country) is the first line, in italics.
    /// </summary>
    public static IReadOnlyList<TelegramReply> FormatAnswer(Answer answer, bool withFeedback = false, string? heading = null)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var html = new StringBuilder(Heading(heading));
        html.Append(answer.Comparison is { Count: > 0 } parts && !answer.Summarized
            ? ComparisonHtml(parts)
            : TelegramHtml.Escape(answer.Text.Trim()));
        var texts = BotTexts.For(answer.ReplyLanguage);
        if (answer.Answered && answer.Sources.Count > 0)
        {
            html.Append("\n\n").Append(TelegramHtml.Bold(texts.Sources));
            foreach (var source in answer.Sources)
            {
                // "[1] " stays plain; the label opens the passage on the report's page when the page is known.
                html.Append('\n').Append(TelegramHtml.Escape(CitationLabel.Numbered(source.Rank, string.Empty)))
                    .Append(TelegramHtml.Link(source.Label, source.Url));
            }

            if (texts.QuotesNote is { } note)
            {
                html.Append("\n\n").Append(TelegramHtml.Italic(note));
            }
        }
        else if (!string.IsNullOrWhiteSpace(answer.Hint))
        {
            html.Append("\n\n").Append(TelegramHtml.Italic(answer.Hint.Trim()));
        }

        return Split(html.ToString(), answer.Answered ? AnswerKeyboard(answer.Sources, withFeedback, texts) : null);
    }

    /// <summary>
    /// A summary still being written: its text escaped and trimmed to one message, marked as unfinished. No sources
    /// or buttons yet; those come with the final answer. The <paramref name="heading"/> leads, as in the final answer.
    /// </summary>
    public static string FormatPartial(Answer answer, string? heading = null)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var head = Heading(heading);
        return head + TelegramHtml.EscapePrefix(answer.Text.Trim(), MaxMessageLength - head.Length - StillWriting.Length).TrimEnd() + StillWriting;
    }

    /// <summary>The whole paragraph behind a source, headed by its report and section.</summary>
    public static IReadOnlyList<TelegramReply> FormatPassage(PassageView passage)
    {
        ArgumentNullException.ThrowIfNull(passage);
        return Split(PassageHtml(passage.Label, passage.Text, passage.Url), null);
    }

    /// <summary>Up to five inline results, one per source, each ready to send with its citation.</summary>
    public static IReadOnlyList<InlineQueryResult> FormatInlineResults(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (!answer.Answered)
        {
            return [];
        }

        return answer.Sources
            .Take(MaxInlineResults)
            .Select(source => (InlineQueryResult)new InlineQueryResultArticle(
                InlineResultId(source.PassageId),
                Truncate(source.Label, InlineTitleLength),
                new InputTextMessageContent(Split(PassageHtml(source.Label, source.Text, source.Url), null)[0].Html)
                {
                    ParseMode = ParseMode.Html,
                    LinkPreviewOptions = new LinkPreviewOptions { IsDisabled = true },
                })
            {
                Description = Truncate(source.Text, InlineDescriptionLength),
            })
            .ToList();
    }

    /// <summary>Splits HTML into parts within the message limit; the keyboard goes under the last part.</summary>
    public static IReadOnlyList<TelegramReply> Split(string html, InlineKeyboardMarkup? keyboard)
    {
        var parts = TelegramHtmlSplitter.Split(html, MaxMessageLength);
        return parts.Select((part, i) => new TelegramReply(part, i == parts.Count - 1 ? keyboard : null)).ToList();
    }

    private static InlineKeyboardMarkup? AnswerKeyboard(IReadOnlyList<AnswerSource> sources, bool withFeedback, BotTexts texts)
    {
        var rows = sources
            .Select(s => (s.Rank, Data: CallbackData.ForFullParagraph(s.PassageId)))
            .Where(b => b.Data is not null)
            .Select(b => InlineKeyboardButton.WithCallbackData(texts.Format("telegram-full-paragraph", b.Rank), b.Data!))
            .Chunk(ButtonsPerRow)
            .ToList();
        if (withFeedback && sources.Count > 0
            && CallbackData.ForFeedback(true, sources[0].PassageId) is { } up
            && CallbackData.ForFeedback(false, sources[0].PassageId) is { } down)
        {
            rows.Add([InlineKeyboardButton.WithCallbackData("👍", up), InlineKeyboardButton.WithCallbackData("👎", down)]);
        }

        return rows.Count == 0 ? null : new InlineKeyboardMarkup(rows);
    }

    private static string Heading(string? heading)
        => string.IsNullOrWhiteSpace(heading) ? string.Empty : TelegramHtml.Italic(heading.Trim()) + "\n\n";

    // One paragraph a report, its "Kazakhstan 2016" in bold, so that a phone shows the years apart at a glance.
    private static string ComparisonHtml(IReadOnlyList<ComparisonPart> parts)
        => string.Join("\n\n", parts.Select(part =>
        {
            var text = part.Text.Trim();
            var label = CitationLabel.Report(part.Country, part.Year) + ":";
            return text.StartsWith(label, StringComparison.Ordinal)
                ? TelegramHtml.Bold(label) + TelegramHtml.Escape(text[label.Length..])
                : TelegramHtml.Escape(text);
        }));

    private static string PassageHtml(string label, string text, string? url)
        => $"<b>{TelegramHtml.Link(label, url)}</b>\n\n{TelegramHtml.Escape(text.Trim())}";

    private static string InlineResultId(string passageId)
    {
        if (passageId.Length > 0 && Encoding.UTF8.GetByteCount(passageId) <= 64)
        {
            return passageId;
        }

        // Inline result ids are limited to 64 bytes too; a hash keeps a long id unique and stable.
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(passageId)))[..32];
    }

    private static string Truncate(string text, int max)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= max ? flat : string.Concat(flat.AsSpan(0, max - 1).TrimEnd(), "…");
    }
}
