using System.Text;
using RightsBot.Core.Text;

namespace RightsBot.Core.Answering;

/// <summary>
/// A link that opens a report's page scrolled to a passage, highlighted: the page's address and a text directive
/// (URL Fragment Text Directives, https://wicg.github.io/scroll-to-text-fragment/), <c>#:~:text=start[,end]</c>.
/// </summary>
public static class TextFragmentLink
{
    /// <summary>What starts the directive in a URL without a fragment.</summary>
    public const string Directive = "#:~:text=";

    // The spec's TextDirectiveExplicitChar, less '(' and ')': a Markdown link (Discord's masked links) ends at ')',
    // and a percent-encoded byte is valid anywhere in a directive. Everything else is percent-encoded as UTF-8,
    // in particular '-', ',' and '&', which the directive's own syntax uses, and every non-ASCII letter.
    private const string PlainPunctuation = "!$'*+./:;=?@_~";

    // A list item in a passage sits on its own line behind "- " (or "• "); the page shows a bullet, not the text.
    private static readonly string[] ListMarkers = ["- ", "• "];

    /// <summary>
    /// <paramref name="pageUrl"/> with a directive for <paramref name="passage"/>: its first <paramref name="words"/>
    /// words, and its last ones when the passage is longer than twice that (else the whole passage is the start).
    /// A browser goes to the first match of the start, then of the end after it: with <paramref name="textBefore"/>
    /// (the texts above the passage on its page), the start grows by a word while one of them already holds it,
    /// and the end while it already occurs inside the passage. Null when the page is unknown or the passage blank.
    /// </summary>
    public static string? For(string? pageUrl, string passage, int words, IEnumerable<string>? textBefore = null)
    {
        ArgumentNullException.ThrowIfNull(passage);
        ArgumentOutOfRangeException.ThrowIfLessThan(words, 1);
        if (string.IsNullOrWhiteSpace(pageUrl))
        {
            return null;
        }

        // A term must lie within one block of the page: the start comes from the passage's first line (its
        // paragraph), the end from its last (a list item, or the paragraph itself).
        var lines = passage.Split('\n').Select(LineWords).Where(l => l.Length > 0).ToList();
        if (lines.Count == 0)
        {
            return null;
        }

        var first = lines[0];
        var last = lines[^1];
        var before = textBefore?.Select(Fold).ToList() ?? [];
        var startWords = Math.Min(words, first.Length);
        while (startWords < first.Length && OccursIn(before, Term(first, 0, startWords)))
        {
            startWords++;
        }

        // A paragraph the page repeats word for word cannot be told apart by its words: a longer link would not help.
        if (startWords == first.Length && OccursIn(before, Term(first, 0, startWords)))
        {
            startWords = Math.Min(words, first.Length);
        }

        // One line short enough (or only just longer than its start) is its own start: no end needed.
        if (lines.Count == 1 && (first.Length <= 2 * words || startWords + words >= first.Length))
        {
            return pageUrl + DirectiveFor(pageUrl) + Encode(string.Join(' ', first));
        }

        var start = Term(first, 0, startWords);
        var folded = Fold(passage);
        var afterStart = IndexOfTerm(folded, start, 0) + start.Length;
        var endLimit = lines.Count == 1 ? first.Length - startWords : last.Length;
        var endWords = Math.Min(words, endLimit);
        while (endWords < endLimit && !EndsFirstAt(folded, Term(last, last.Length - endWords, endWords), afterStart))
        {
            endWords++;
        }

        return pageUrl + DirectiveFor(pageUrl) + Encode(string.Join(' ', first.Take(startWords)))
               + "," + Encode(string.Join(' ', last.TakeLast(endWords)));
    }

    /// <summary>A directive term, percent-encoded as the spec requires.</summary>
    public static string Encode(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var sb = new StringBuilder(term.Length * 2);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in term.EnumerateRunes())
        {
            if (rune.IsAscii && (char.IsAsciiLetterOrDigit((char)rune.Value) || PlainPunctuation.Contains((char)rune.Value, StringComparison.Ordinal)))
            {
                sb.Append((char)rune.Value);
                continue;
            }

            foreach (var b in utf8[..rune.EncodeToUtf8(utf8)])
            {
                sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }

    // A URL that already has a fragment takes the directive after it, without a second '#'.
    private static string DirectiveFor(string pageUrl) => pageUrl.Contains('#', StringComparison.Ordinal) ? ":~:text=" : Directive;

    // Browsers match a directive ignoring case and accents (the spec's primary-level comparison).
    private static string Fold(string text) => TextUtil.RemoveDiacritics(text.Replace('\n', ' '));

    private static bool OccursIn(List<string> texts, string term) => texts.Exists(t => IndexOfTerm(t, term, 0) >= 0);

    // True when the first match of an end term after the start is the passage's own end.
    private static bool EndsFirstAt(string passage, string end, int afterStart)
        => IndexOfTerm(passage, end, afterStart) == passage.Length - end.Length;

    private static string Term(string[] words, int from, int count) => Fold(string.Join(' ', words, from, count));

    // Where term first occurs in text from a position, as a browser matches it: on word boundaries; -1 if nowhere.
    private static int IndexOfTerm(string text, string term, int from)
    {
        for (var i = text.IndexOf(term, Math.Max(0, from), StringComparison.OrdinalIgnoreCase); i >= 0;
             i = i + 1 < text.Length ? text.IndexOf(term, i + 1, StringComparison.OrdinalIgnoreCase) : -1)
        {
            var startsWord = i == 0 || !char.IsLetterOrDigit(text[i - 1]) || !char.IsLetterOrDigit(term[0]);
            var end = i + term.Length;
            var endsWord = end == text.Length || !char.IsLetterOrDigit(text[end]) || !char.IsLetterOrDigit(term[^1]);
            if (startsWord && endsWord)
            {
                return i;
            }
        }

        return -1;
    }

    private static string[] LineWords(string line)
    {
        var text = line.Trim();
        foreach (var marker in ListMarkers)
        {
            if (text.StartsWith(marker, StringComparison.Ordinal))
            {
                text = text[marker.Length..];
                break;
            }
        }

        return text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
    }
}
