using System.Text.RegularExpressions;
using RightsBot.Core.Corpus;

namespace RightsBot.Core.Answering;

/// <summary>
/// Renders a section path for a citation: "Section 1.c Torture and Other Cruel… › Prison and Detention Center
/// Conditions", all-caps headings in title case.
/// </summary>
public static partial class SectionLabel
{
    [GeneratedRegex(@"^Section\s+(?<n>\d+)\.\s*(?<title>.*?)[:\s]*$")]
    private static partial Regex SectionRegex();

    [GeneratedRegex(@"^(?<l>[a-z])\.\s+(?<title>.+)$")]
    private static partial Regex SubsectionRegex();

    public static string Format(IReadOnlyList<string> path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var parts = new List<string>();
        var i = 0;
        if (path.Count > 0 && SectionRegex().Match(path[0]) is { Success: true } s)
        {
            if (path.Count > 1 && SubsectionRegex().Match(path[1]) is { Success: true } sub)
            {
                parts.Add($"Section {s.Groups["n"].Value}.{sub.Groups["l"].Value} {sub.Groups["title"].Value}");
                i = 2;
            }
            else
            {
                parts.Add($"Section {s.Groups["n"].Value}. {s.Groups["title"].Value}");
                i = 1;
            }
        }

        for (; i < path.Count; i++)
        {
            parts.Add(HeadingClassifier.ToDisplay(path[i]));
        }

        return string.Join(" › ", parts);
    }
}
