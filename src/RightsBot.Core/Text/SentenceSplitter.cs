using System.Text.RegularExpressions;

namespace RightsBot.Core.Text;

/// <summary>Splits report prose into sentences, keeping abbreviations such as "U.S." and "Mr." intact.</summary>
public static partial class SentenceSplitter
{
    internal const string AbbreviationsFile = "abbreviations.tsv";

    // Words that end with a full stop without ending the sentence ("Mr.", "U.S."), without that full stop.
    private static readonly Lazy<HashSet<string>> Abbreviations = new(() => new(WordList.Words(AbbreviationsFile), StringComparer.OrdinalIgnoreCase), LazyThreadSafetyMode.ExecutionAndPublication);

    // A candidate boundary: sentence punctuation, optional closing quotes/brackets, whitespace, then an opening
    // quote/bracket or an upper-case letter or digit.
    [GeneratedRegex("""(?<=[.!?…]['"”’)\]]*)\s+(?=['"“‘(\[]?[\p{Lu}\d])""")]
    private static partial Regex BoundaryRegex();

    /// <summary>The sentences of <paramref name="text"/>, trimmed, in order.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<string>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var start = 0;
            foreach (Match m in BoundaryRegex().Matches(line))
            {
                var candidate = line[start..m.Index];
                if (EndsWithAbbreviation(candidate))
                {
                    continue;
                }

                AddIfAny(result, candidate);
                start = m.Index + m.Length;
            }

            AddIfAny(result, line[start..]);
        }

        return result;
    }

    private static void AddIfAny(List<string> result, string sentence)
    {
        sentence = sentence.Trim();
        if (sentence.Length > 0)
        {
            result.Add(sentence);
        }
    }

    private static bool EndsWithAbbreviation(string candidate)
    {
        var trimmed = candidate.TrimEnd();
        if (!trimmed.EndsWith('.'))
        {
            return false;
        }

        var lastSpace = trimmed.LastIndexOfAny([' ', '(', '“', '"']);
        var word = trimmed[(lastSpace + 1)..^1];
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial, as in "John A. Smith"
        }

        return Abbreviations.Value.Contains(word);
    }
}
