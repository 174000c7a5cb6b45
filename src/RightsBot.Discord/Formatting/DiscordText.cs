using System.Text;

namespace RightsBot.Discord.Formatting;

/// <summary>Text helpers for Discord's length limits and markdown.</summary>
internal static class DiscordText
{
    private const string Ellipsis = "…";

    /// <summary>
    /// The text cut to at most <paramref name="maxLength"/> characters: at the last sentence end when one lies in
    /// the second half, else at the last space, with an ellipsis; never inside a surrogate pair or an escape.
    /// </summary>
    public static string Truncate(string text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        if (text.Length <= maxLength)
        {
            return text;
        }

        var room = maxLength - Ellipsis.Length;
        var window = text.AsSpan(0, room);
        var cut = LastSentenceEnd(window);
        if (cut < room / 2)
        {
            var space = window.LastIndexOfAny(' ', '\n');
            cut = space >= room / 2 ? space : room;
        }

        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        // An escape backslash left dangling would escape the ellipsis instead of the character it was meant for.
        while (cut > 0 && text[cut - 1] == '\\')
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut).TrimEnd(), Ellipsis);
    }

    /// <summary>Escapes Discord markdown so that report text renders literally ([n] markers stay as they are).</summary>
    public static string EscapeMarkdown(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '~' or '`' or '|' or '>' or '#')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// The bot's own words as markdown: <see cref="EscapeMarkdown"/> everywhere but inside their `code spans` (an
    /// option or command to type), which Discord shows as they are.
    /// </summary>
    public static string EscapeMarkdownOutsideCode(string text)
    {
        var parts = text.Split('`');
        if (parts.Length % 2 == 0)
        {
            // An unpaired backtick opens no span: all of it is text.
            return EscapeMarkdown(text);
        }

        return string.Join('`', parts.Select((part, i) => i % 2 == 0 ? EscapeMarkdown(part) : part));
    }

    /// <summary>Text for a masked link's label: markdown escaped, and brackets too, which would end the label early.</summary>
    public static string EscapeLinkLabel(string text)
        => EscapeMarkdown(text).Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);

    /// <summary>
    /// A masked link, <c>[label](url)</c>, from a label escaped by <see cref="EscapeLinkLabel"/>; a parenthesis in the
    /// address is percent-encoded, since ')' would end the link early.
    /// </summary>
    public static string MaskedLink(string escapedLabel, string url)
        => $"[{escapedLabel}]({url.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)})";

    private static int LastSentenceEnd(ReadOnlySpan<char> window)
    {
        for (var i = window.Length - 1; i > 0; i--)
        {
            if (window[i] is ' ' or '\n' && window[i - 1] is '.' or '!' or '?')
            {
                return i;
            }
        }

        return -1;
    }
}
