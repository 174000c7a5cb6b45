namespace RightsBot.Telegram.Formatting;

/// <summary>
/// Splits Telegram HTML into messages no longer than a limit, preferring paragraph, line, sentence and word
/// boundaries, never cutting inside a tag or an entity; a cut inside an element closes it and reopens it in the next part.
/// </summary>
internal static class TelegramHtmlSplitter
{
    private const int Priorities = 5;

    public static IReadOnlyList<string> Split(string html, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 16);

        var parts = new List<string>();
        var rest = html.Trim();
        while (rest.Length > maxLength)
        {
            var (cut, open) = FindCut(rest, maxLength);
            var closing = string.Concat(open.AsEnumerable().Reverse().Select(t => $"</{t.Name}>"));
            var reopening = string.Concat(open.Select(t => t.Markup));
            var head = rest[..cut].TrimEnd();
            if (head.Length > 0)
            {
                parts.Add(head + closing);
            }

            rest = reopening + rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            parts.Add(rest);
        }

        return parts;
    }

    private static (int Cut, OpenTag[] Open) FindCut(string s, int max)
    {
        var stack = new List<OpenTag>();
        var closingLength = 0;
        var best = new int[Priorities];
        var bestStacks = new OpenTag[Priorities][];
        Array.Fill(best, -1);

        void Record(int position, int priority)
        {
            if (position + closingLength <= max && position > 0)
            {
                best[priority] = position;
                bestStacks[priority] = [.. stack];
            }
        }

        var i = 0;
        while (i < s.Length && i <= max)
        {
            var c = s[i];
            if (c == '<')
            {
                var end = s.IndexOf('>', i);
                end = end < 0 ? s.Length - 1 : end;
                var tag = s.AsSpan(i, end - i + 1);
                if (tag.StartsWith("</"))
                {
                    var name = TagName(tag[2..]);
                    var index = stack.FindLastIndex(t => t.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
                    if (index >= 0)
                    {
                        closingLength -= stack[index].Name.Length + 3;
                        stack.RemoveAt(index);
                    }
                }
                else if (!tag.EndsWith("/>"))
                {
                    var name = TagName(tag[1..]);
                    stack.Add(new OpenTag(name, tag.ToString()));
                    closingLength += name.Length + 3;
                }

                i = end + 1;
                Record(i, 0);
                continue;
            }

            if (c == '&')
            {
                var semicolon = s.IndexOf(';', i);
                if (semicolon > i && semicolon - i <= 10)
                {
                    i = semicolon + 1;
                    Record(i, 0);
                    continue;
                }
            }

            i++;
            if (char.IsHighSurrogate(c) && i < s.Length && char.IsLowSurrogate(s[i]))
            {
                i++;
            }

            Record(i, Priority(s, i, c));
        }

        for (var priority = Priorities - 1; priority > 0; priority--)
        {
            if (best[priority] > max / 4)
            {
                return (best[priority], bestStacks[priority]);
            }
        }

        return best[0] > 0 ? (best[0], bestStacks[0]) : (Math.Min(max, s.Length), []);
    }

    private static int Priority(string s, int after, char c) => c switch
    {
        '\n' when after >= 2 && s[after - 2] == '\n' => 4,
        '\n' => 3,
        ' ' when after >= 2 && s[after - 2] is '.' or '!' or '?' => 2,
        ' ' => 1,
        _ => 0,
    };

    private static string TagName(ReadOnlySpan<char> afterBracket)
    {
        var end = afterBracket.IndexOfAny(" \t\n>/");
        return (end < 0 ? afterBracket : afterBracket[..end]).ToString();
    }

    private sealed record OpenTag(string Name, string Markup);
}
