using System.Text;

namespace RightsBot.Telegram.Formatting;

/// <summary>Escaping for Telegram's HTML parse mode, which knows only &amp;lt; &amp;gt; &amp;amp; &amp;quot;.</summary>
internal static class TelegramHtml
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny("<>&\"") < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    /// <summary>
    /// The longest start of <paramref name="text"/> whose escaped form fits in <paramref name="maxLength"/>
    /// characters; never cuts an entity or a surrogate pair.
    /// </summary>
    public static string EscapePrefix(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = Escape(text);
        if (escaped.Length <= maxLength)
        {
            return escaped;
        }

        var sb = new StringBuilder(maxLength);
        var i = 0;
        while (i < text.Length)
        {
            var width = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            var piece = Escape(text.Substring(i, width));
            if (sb.Length + piece.Length > maxLength)
            {
                break;
            }

            sb.Append(piece);
            i += width;
        }

        return sb.ToString();
    }

    public static string Bold(string text) => $"<b>{Escape(text)}</b>";

    /// <summary>The text as a link to <paramref name="url"/>, or plain escaped text when there is no link.</summary>
    public static string Link(string text, string? url)
        => url is null ? Escape(text) : $"<a href=\"{Escape(url)}\">{Escape(text)}</a>";

    public static string Italic(string text) => $"<i>{Escape(text)}</i>";
}
