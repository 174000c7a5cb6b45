using System.Text.RegularExpressions;
using RightsBot.Core.Answering;

namespace RightsBot.Discord.Formatting;

/// <summary>
/// A comparison answer as Discord shows it: one line per report ("**Kazakhstan 2016:** … [1]"), each line trimmed
/// at a sentence to its share of the room, so that a long first year never pushes the later ones out.
/// </summary>
internal static partial class DiscordComparisonText
{
    // A report's label before its text ("Kazakhstan 2016", "2023"); longer text before ": " is not a label.
    private const int MaxHeadLength = 80;

    [GeneratedRegex(@"\s\[\d+\]$")]
    private static partial Regex SourceMarkerRegex();

    /// <summary>The parts, one line each, in at most <paramref name="room"/> characters.</summary>
    public static string Format(IReadOnlyList<ComparisonPart> parts, int room)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentOutOfRangeException.ThrowIfLessThan(room, 1);
        var lines = parts.Select(p => Line(DiscordText.EscapeMarkdown(OneLine(p.Text)))).ToList();

        // Short lines keep all they have; what they leave is shared among the longer ones.
        var shares = new int[lines.Count];
        var left = room - (lines.Count - 1);
        var order = Enumerable.Range(0, lines.Count).OrderBy(i => lines[i].Length).ToList();
        for (var n = 0; n < order.Count; n++)
        {
            var i = order[n];
            shares[i] = Math.Max(1, Math.Min(lines[i].Length, left / (order.Count - n)));
            left -= shares[i];
        }

        var text = string.Join('\n', lines.Select((line, i) => line.Fit(shares[i])));
        return DiscordText.Truncate(text, room);
    }

    private static ComparisonLine Line(string text)
    {
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        var head = colon > 0 && colon <= MaxHeadLength ? text[..colon] : null;
        var body = head is null ? text : text[(colon + 2)..];
        var marker = SourceMarkerRegex().Match(body) is { Success: true } m ? m.Value : string.Empty;
        return new ComparisonLine(head is null ? string.Empty : $"**{head}:** ", body[..^marker.Length], marker);
    }

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private sealed record ComparisonLine(string Head, string Body, string Marker)
    {
        public int Length => Head.Length + Body.Length + Marker.Length;

        // The body is cut at a sentence, the label and the [n] marker kept whole when they fit.
        public string Fit(int room)
        {
            if (Length <= room)
            {
                return Head + Body + Marker;
            }

            var bodyRoom = room - Head.Length - Marker.Length;
            return bodyRoom >= 16
                ? Head + DiscordText.Truncate(Body, bodyRoom) + Marker
                : DiscordText.Truncate(Head + Body + Marker, room);
        }
    }
}
