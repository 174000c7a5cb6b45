using System.Text.RegularExpressions;

namespace RightsBot.Core.Text;

/// <summary>
/// Spells out the shorthand people type on phones ("how many ppl got picked up", "whats the deal w internet
/// cafes", "can the govt do that b/c …") before a question is searched. Left as typed, such a word matches no
/// report word, so it weighs nothing, or, as the thing a "how many" question counts, reads as something the
/// reports never mention; the sentence model reads the full words better too.
/// </summary>
/// <remarks>
/// Only shorthand that means one thing in a question about human-rights reports. Single letters ("u", "r", "w")
/// are spelt out only in lower case and never before a full stop, so "U.S." and initials stay as they are. Other
/// shorthand is looked up as a whole word in any case, but a word with a capital is left as typed unless it
/// starts a sentence ("Saryagash Info" is a newspaper), and so is a capitalised word before a full stop ("Gov.").
/// </remarks>
internal static partial class ChatSpeak
{
    internal const string WordsFile = "chat-speak-words.tsv";
    internal const string PhrasesFile = "chat-speak-phrases.tsv";
    internal const string LettersFile = "chat-speak-letters.tsv";

    private static readonly Lazy<Dictionary<string, string>> Words = new(() => Table(WordsFile, StringComparer.OrdinalIgnoreCase), LazyThreadSafetyMode.ExecutionAndPublication);

    // Prison and violence idioms, spelt out in plain words; why these and not others is in the file.
    private static readonly Lazy<Dictionary<string, string>> Phrases = new(() => Table(PhrasesFile, StringComparer.OrdinalIgnoreCase), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<Dictionary<string, string>> Letters = new(() => Table(LettersFile, StringComparer.Ordinal), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<Regex> ShorthandRegex = new(() => BuildShorthandRegex([.. Words.Value.Keys, .. Letters.Value.Keys]), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<Regex> PhraseRegex = new(() => BuildPhraseRegex(Phrases.Value.Keys), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The question with shorthand and prison slang ("doing time", "locked up") spelt out; anything else is left exactly as typed.</summary>
    public static string Expand(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        question = PhraseRegex.Value.Replace(question, m => Phrases.Value.GetValueOrDefault(string.Join(' ', m.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), m.Value));
        return ShorthandRegex.Value.Replace(question, m =>
        {
            var token = m.Value.Replace('’', '\'');
            var end = m.Index + m.Length;
            if (Letters.Value.TryGetValue(token, out var letter))
            {
                // "u." or "r." is an initial or an abbreviation, not shorthand.
                return end < question.Length && question[end] == '.' ? m.Value : letter;
            }

            // "w/police": shorthand that ends in a slash may run into the next word.
            if (token.EndsWith('/') && end < question.Length && !char.IsWhiteSpace(question[end]) && Words.Value.TryGetValue(token, out var joined))
            {
                return joined + " ";
            }

            // A capital inside a sentence makes a name ("Saryagash Info", "the Dept"), and a capitalised word with a
            // full stop a title ("Gov. Abbott").
            if (!Words.Value.TryGetValue(token, out var word)
                || (token.Any(char.IsUpper) && (!StartsSentence(question, m.Index) || (end < question.Length && question[end] == '.'))))
            {
                return m.Value;
            }

            // "Govt" or "PPL" at the start of a sentence keeps a capital first letter.
            return char.IsUpper(token[0]) ? char.ToUpperInvariant(word[0]) + word[1..] : word;
        });
    }

    private static bool StartsSentence(string text, int index)
    {
        var before = text.AsSpan(0, index).TrimEnd(" \t\"'“‘(");
        return before.IsEmpty || before[^1] is '.' or '?' or '!' or ':' or ';' or '\n';
    }

    private static Dictionary<string, string> Table(string file, StringComparer comparer)
        => WordList.Read(file, 2).ToDictionary(entry => entry[0], entry => entry[1], comparer);

    // A word of letters (with an inner apostrophe, "gov't") standing alone, no letter, digit, apostrophe or slash on
    // either side. Shorthand of other characters is matched as written, longest first: "b4" and "2moro" stand alone
    // as words do; "w/o" and "b/c" may be followed by a slash too; "w/", ending in a slash, even by the next word.
    private static Regex BuildShorthandRegex(IEnumerable<string> shorthand)
    {
        var written = shorthand.Where(s => !LettersWord().IsMatch(s))
            .OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal)
            .Select(s => Regex.Escape(s) + (s.EndsWith('/') ? string.Empty : s.Contains('/') ? @"(?![\p{L}\p{Nd}])" : @"(?![\p{L}\p{Nd}/])") + "|");
        return new Regex(@"(?<![\p{L}\p{Nd}'’/])(?:" + string.Concat(written) + @"\p{L}+(?:['’]\p{L}+)?(?![\p{L}\p{Nd}/]))", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    // The idioms, with any run of spaces between their words, standing alone; the longest first, so that of two
    // idioms that start at one place the longer is spelt out.
    private static Regex BuildPhraseRegex(IEnumerable<string> idioms)
    {
        var alternatives = idioms.OrderByDescending(i => i.Length).ThenBy(i => i, StringComparer.Ordinal)
            .Select(i => string.Join(@"\s+", i.Split(' ').Select(Regex.Escape)));
        return new Regex(@"(?<![\p{L}\p{Nd}])(?:" + string.Join('|', alternatives) + @")(?![\p{L}\p{Nd}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled);
    }

    // What the general word pattern of the shorthand regex finds by itself.
    [GeneratedRegex(@"^\p{L}+(?:['’]\p{L}+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex LettersWord();
}
