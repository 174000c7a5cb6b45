using System.Globalization;
using System.Text.RegularExpressions;

namespace RightsBot.Summarization.Checking;

/// <summary>
/// Accepts a model reply only when it is non-empty and cites given passages, and only those: a summary citing [7]
/// when three passages were sent is discarded, as is one that cites nothing.
/// </summary>
internal static partial class CitedSummaryValidator
{
    /// <summary>Well above ~120 words in any language; a longer reply ignored the instructions and would crowd the channel limits.</summary>
    public const int MaxCharacters = 2_000;

    public static SummaryVerdict Validate(string? reply, int passageCount)
    {
        if (string.IsNullOrWhiteSpace(reply))
        {
            return SummaryVerdict.Reject("empty reply");
        }

        var text = StripSourceList(NormalizeCitations(reply.Trim())).Trim();
        if (text.Length == 0 || !ContainsLetter(text))
        {
            return SummaryVerdict.Reject("empty reply");
        }

        if (text.Length > MaxCharacters)
        {
            return SummaryVerdict.Reject("reply too long");
        }

        var citations = Citation().Matches(text);
        if (citations.Count == 0)
        {
            return SummaryVerdict.Reject("reply cites no passage");
        }

        foreach (Match citation in citations)
        {
            if (!int.TryParse(citation.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > passageCount)
            {
                return SummaryVerdict.Reject("reply cites a passage that was not given");
            }
        }

        return SummaryVerdict.Accept(text);
    }

    // "[1, 2]" and "[ 3 ]" become "[1][2]" and "[3]": front ends link and count plain [n] markers only.
    private static string NormalizeCitations(string text)
        => CitationGroup().Replace(text, match =>
            string.Concat(match.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries).Select(n => $"[{n}]")));

    // The sources list is RightsBot's to build from the passages; a model-written one is cut off.
    private static string StripSourceList(string text)
    {
        var match = SourceListHeading().Match(text);
        return match.Success ? text[..match.Index] : text;
    }

    private static bool ContainsLetter(string text) => text.Any(char.IsLetter);

    [GeneratedRegex(@"\[\s*(\d+(?:\s*,\s*\d+)*)\s*\]")]
    private static partial Regex CitationGroup();

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Citation();

    [GeneratedRegex(@"^\s*(?:\*\*)?(?:sources|references|citations|источники|дереккөздер)(?:\*\*)?\s*:?\s*(?:\*\*)?\s*$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex SourceListHeading();
}
