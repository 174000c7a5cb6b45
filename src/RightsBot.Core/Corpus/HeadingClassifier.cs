using System.Text.RegularExpressions;
using RightsBot.Core.Text;

namespace RightsBot.Core.Corpus;

/// <summary>Recognises the heading shapes of the State Department reports and paragraph lead-ins.</summary>
public static partial class HeadingClassifier
{
    // The longest heading of the 2016–2024 reports has 18 words: "Acts of Violence, Criminalization, and Other Abuses
    // Based on Sexual Orientation, Gender Identity or Expression, or Sex Characteristics" (2022 and 2023).
    private const int MaxHeadingWords = 20;
    private const int MaxLeadInWords = 9;

    internal const string MinorWordsFile = "heading-minor-words.tsv";

    // Words a title leaves in lower case ("Freedom of Expression, Including for Members of the Press").
    private static readonly Lazy<HashSet<string>> MinorWords = new(() => new(WordList.Words(MinorWordsFile), StringComparer.Ordinal), LazyThreadSafetyMode.ExecutionAndPublication);

    [GeneratedRegex(@"^Section\s+\d+\.\s*\S")]
    private static partial Regex SectionRegex();

    [GeneratedRegex(@"^[a-z]\.\s+[\p{Lu}\d]")]
    private static partial Regex SubsectionRegex();

    [GeneratedRegex(@"^(?<lead>[\p{Lu}][^:.!?]{1,80}?):\s+\S")]
    private static partial Regex LeadInRegex();

    /// <summary>Classifies one block (already whitespace-collapsed).</summary>
    public static BlockKind Classify(string block)
    {
        ArgumentNullException.ThrowIfNull(block);
        if (block.StartsWith("- ", StringComparison.Ordinal) || block.StartsWith("• ", StringComparison.Ordinal))
        {
            return BlockKind.ListItem;
        }

        if (SectionRegex().IsMatch(block) && TextUtil.CountWords(block) <= 25)
        {
            return BlockKind.Section;
        }

        var words = TextUtil.CountWords(block);
        if (words > MaxHeadingWords || EndsLikeSentence(block))
        {
            return BlockKind.Paragraph;
        }

        if (SubsectionRegex().IsMatch(block))
        {
            return BlockKind.Subsection;
        }

        if (IsAllCaps(block))
        {
            return block.Equals("EXECUTIVE SUMMARY", StringComparison.Ordinal) ? BlockKind.Section : BlockKind.Subheading;
        }

        if (words <= MaxHeadingWords && char.IsUpper(block[0]) && IsTitleLike(block))
        {
            return BlockKind.Subheading;
        }

        return BlockKind.Paragraph;
    }

    /// <summary>
    /// The bold-style lead-in at the start of a paragraph ("Physical Conditions: ..."), without its colon,
    /// or null when the paragraph has none.
    /// </summary>
    public static string? LeadIn(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var m = LeadInRegex().Match(paragraph);
        if (!m.Success)
        {
            return null;
        }

        var lead = m.Groups["lead"].Value.Trim();
        var words = lead.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxLeadInWords || !IsTitleLike(lead))
        {
            return null;
        }

        return lead;
    }

    /// <summary>Upper-case words stay as they are; an all-caps heading becomes title case ("Freedom of Assembly").</summary>
    public static string ToDisplay(string heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        if (!IsAllCaps(heading))
        {
            return heading;
        }

        var words = heading.ToLowerInvariant().Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (w.Length == 0 || (i > 0 && MinorWords.Value.Contains(w)))
            {
                continue;
            }

            words[i] = char.ToUpperInvariant(w[0]) + w[1..];
        }

        return string.Join(' ', words);
    }

    private static bool EndsLikeSentence(string block)
    {
        var last = block.TrimEnd('"', '”', '’', ')', '\'')[^1];
        return last is '.' or '!' or '?' or ';' or ',' or ':';
    }

    private static bool IsAllCaps(string block)
    {
        var letters = 0;
        foreach (var c in block)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 3;
    }

    // Most words capitalised: "Prison and Detention Center Conditions", "Acts of Violence, Discrimination, and
    // Other Abuses Based on Sexual Orientation and Gender Identity". Sentence fragments fail it.
    private static bool IsTitleLike(string text)
    {
        var words = text.Split([' ', '/'], StringSplitOptions.RemoveEmptyEntries);
        var lower = 0;
        foreach (var raw in words)
        {
            var w = raw.Trim('(', ')', ',', '"', '“', '”', '\'', '’');
            if (w.Length == 0 || !char.IsLetter(w[0]))
            {
                continue;
            }

            if (char.IsLower(w[0]) && !MinorWords.Value.Contains(w))
            {
                lower++;
            }
        }

        return lower == 0 || (words.Length >= 6 && lower <= 1);
    }
}
