using System.Text.RegularExpressions;
using RightsBot.Core.Text;

namespace RightsBot.Core.Retrieval;

/// <summary>
/// Recognises the paragraphs that only send the reader to another publication: every report has a few, such as
/// "See the Department of State’s Trafficking in Persons Report at …" or "Also see the Department of Labor’s
/// Findings on the Worst Forms of Child Labor at …". Such a paragraph never answers a question itself; when it is
/// the closest match, the report covers the topic elsewhere, and the honest reply is "not covered here", with the
/// pointer.
/// </summary>
internal static partial class ReferralPassage
{
    // One pointer sentence: "(Also) see the (U.S.) Department of X's …", "See the … Report", or "For (more)
    // information …, (please) see …".
    [GeneratedRegex(@"^(?:also\s+)?see\s+(?:the\s+)?(?:u\.s\.\s+)?(?:department\s+of\s+\w+|[\w’'\s]{0,60}\breport\b)|^for\s+(?:more\s+|further\s+|additional\s+)?information\b[^.]{0,200}?\bsee\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PointerRegex();

    // "For information on displacement, see section 1.f": the same report answers, under another heading.
    [GeneratedRegex(@"\bsee\s+(?:also\s+)?(?:the\s+)?(?:sub)?sections?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SameReportRegex();

    /// <summary>True when every sentence of <paramref name="text"/> points to another publication.</summary>
    public static bool IsReferral(string text)
    {
        // Pointers are short; a long paragraph that merely mentions "see" is read only when it is short enough.
        if (string.IsNullOrWhiteSpace(text) || text.Length > 600)
        {
            return false;
        }

        // Every pointer sentence opens with "See", "Also see" or "For": most passages stop here, unsplit.
        var start = text.AsSpan().TrimStart();
        if (!start.StartsWith("see ", StringComparison.OrdinalIgnoreCase) && !start.StartsWith("also see ", StringComparison.OrdinalIgnoreCase)
            && !start.StartsWith("for ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var sentences = SentenceSplitter.Split(text);
        return sentences.Count > 0 && sentences.All(s => PointerRegex().IsMatch(s) && !SameReportRegex().IsMatch(s));
    }
}
