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
    private static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ppl"] = "people", ["ppls"] = "people's", ["govt"] = "government", ["gov't"] = "government",
        ["govts"] = "governments", ["gov"] = "government", ["yr"] = "year", ["yrs"] = "years", ["hr"] = "hour",
        ["hrs"] = "hours", ["mins"] = "minutes", ["dept"] = "department", ["intl"] = "international",
        ["info"] = "information", ["org"] = "organization", ["orgs"] = "organizations", ["approx"] = "approximately",
        ["abt"] = "about", ["thru"] = "through", ["tho"] = "though", ["bc"] = "because", ["b/c"] = "because",
        ["cuz"] = "because", ["coz"] = "because", ["bcuz"] = "because", ["w/"] = "with", ["w/o"] = "without",
        ["pls"] = "please", ["plz"] = "please", ["rn"] = "right now", ["smth"] = "something", ["sth"] = "something",
        ["ur"] = "your", ["gonna"] = "going to", ["wanna"] = "want to", ["whats"] = "what is", ["wats"] = "what is",
        ["wat"] = "what", ["dont"] = "do not", ["doesnt"] = "does not", ["didnt"] = "did not", ["isnt"] = "is not",
        ["arent"] = "are not", ["wasnt"] = "was not", ["werent"] = "were not", ["cant"] = "cannot",
        ["couldnt"] = "could not", ["wouldnt"] = "would not", ["shouldnt"] = "should not", ["havent"] = "have not",
        ["hasnt"] = "has not", ["fb"] = "Facebook", ["insta"] = "Instagram", ["yt"] = "YouTube",
        ["tmrw"] = "tomorrow", ["tmr"] = "tomorrow", ["2moro"] = "tomorrow", ["msg"] = "message",
        ["msgs"] = "messages", ["idk"] = "I do not know", ["vid"] = "video", ["vids"] = "videos",
        ["pic"] = "photo", ["pics"] = "photos", ["convo"] = "conversation", ["bf"] = "boyfriend",
        ["gf"] = "girlfriend", ["journo"] = "journalist", ["journos"] = "journalists",
    };

    // Idioms the sentence model reads poorly ("my brother is doing time" scores 0.23 against the prison-conditions
    // sentences, "my brother is in prison" 0.49), spelt out in plain words. "In prison" rather than "serving a prison
    // sentence", which drew sentences about sentencing to a question about prison conditions. Not "do time" or
    // "did time": "do time limits apply", "did time in custody count".
    private static readonly Dictionary<string, string> Phrases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["doing time"] = "in prison", ["serving time"] = "in prison", ["serve time"] = "go to prison",
        ["jail time"] = "prison sentence",
        ["locked up"] = "imprisoned", ["behind bars"] = "in prison", ["beat up"] = "beat",
        ["beaten up"] = "beaten", ["beating up"] = "beating", ["roughed up"] = "beaten",
    };

    private static readonly Dictionary<string, string> Letters = new(StringComparer.Ordinal)
    {
        ["u"] = "you", ["r"] = "are", ["w"] = "with", ["b4"] = "before",
    };

    /// <summary>The question with shorthand and prison slang ("doing time", "locked up") spelt out; anything else is left exactly as typed.</summary>
    public static string Expand(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        question = PhraseRegex().Replace(question, m => Phrases.GetValueOrDefault(string.Join(' ', m.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), m.Value));
        return ShorthandRegex().Replace(question, m =>
        {
            var token = m.Value.Replace('’', '\'');
            var end = m.Index + m.Length;
            if (Letters.TryGetValue(token, out var letter))
            {
                // "u." or "r." is an initial or an abbreviation, not shorthand.
                return end < question.Length && question[end] == '.' ? m.Value : letter;
            }

            if (token == "w/" && end < question.Length && !char.IsWhiteSpace(question[end]))
            {
                return "with ";
            }

            // A capital inside a sentence makes a name ("Saryagash Info", "the Dept"), and a capitalised word with a
            // full stop a title ("Gov. Abbott").
            if (!Words.TryGetValue(token, out var word)
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

    // A word of letters (with an inner apostrophe, "gov't") standing alone, no letter, digit, apostrophe or slash on
    // either side; or a slash form: "w/o", "b/c", and "w/" even when the next word follows without a space.
    [GeneratedRegex(@"(?<![\p{L}\p{Nd}'’/])(?:(?:w/o|b/c)(?![\p{L}\p{Nd}])|w/|(?:b4|\p{L}+(?:['’]\p{L}+)?)(?![\p{L}\p{Nd}/]))", RegexOptions.CultureInvariant)]
    private static partial Regex ShorthandRegex();

    // The idioms of Phrases, with any run of spaces between their words, standing alone.
    [GeneratedRegex(@"(?<![\p{L}\p{Nd}])(?:(?:doing|serving|serve|jail)\s+time|(?:locked|beat|beaten|beating|roughed)\s+up|behind\s+bars)(?![\p{L}\p{Nd}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PhraseRegex();
}
