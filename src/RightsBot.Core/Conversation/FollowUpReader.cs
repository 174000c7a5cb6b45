using System.Globalization;
using System.Text.RegularExpressions;
using RightsBot.Core.Languages;
using RightsBot.Core.Retrieval;
using RightsBot.Core.Text;

namespace RightsBot.Core.Conversation;

/// <summary>
/// Reads a chat message against the question before it: only a new scope ("and in 2019?", "what about
/// Kyrgyzstan?", "same for Uzbekistan 2019", "in the latest report?"), a request for more ("tell me more", "what
/// else?"), or a question of its own. The words are in <c>Resources/follow-up-words.tsv</c>. A Russian or Kazakh
/// message is first compared with the list's own Russian and Kazakh requests for more ("подробнее", "тағы"), then
/// read in the glossary's English ("а в Кыргызстане?" → kyrgyz republic), as the question itself is searched.
/// </summary>
internal static partial class FollowUpReader
{
    /// <summary>The word list's file name among Core's resources.</summary>
    public const string WordsFile = "follow-up-words.tsv";

    // Longer than this, a message is a question of its own whatever its words.
    private const int MaxFollowUpWords = 10;

    private static readonly Lazy<Words> List = new(Load);

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d{2}(?!\d)")]
    private static partial Regex YearRegex();

    /// <summary>What <paramref name="message"/> asks, given the country names <paramref name="scope"/> knows.</summary>
    public static FollowUp Read(string message, QuestionScopeResolver scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var words = CountryFinder.Normalize(message ?? string.Empty);
        if (words.Length == 0 || words.Split(' ').Length > MaxFollowUpWords)
        {
            return FollowUp.New;
        }

        var lists = List.Value;
        if (lists.More.Contains(Drop(words, lists.Politeness)))
        {
            return new FollowUp(FollowUpKind.More);
        }

        var language = LanguageDetector.Detect(message!);
        if (language is Language.Russian or Language.Kazakh)
        {
            words = CountryFinder.Normalize(GlossaryTranslator.Translate(message!, language, _ => false).English);
            if (words.Length == 0)
            {
                return FollowUp.New;
            }
        }

        var years = YearRegex().Matches(words).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).Distinct().Order().ToList();
        var rest = " " + YearRegex().Replace(words, " ") + " ";
        var latest = false;
        foreach (var phrase in lists.Latest)
        {
            var padded = " " + phrase + " ";
            if (rest.Contains(padded, StringComparison.Ordinal))
            {
                latest = true;
                rest = rest.Replace(padded, " ", StringComparison.Ordinal);
            }
        }

        var found = scope.Resolve(rest, null, null, null);
        var country = found.Country;
        if (country is not null && found.Unavailable is null)
        {
            // The resolver keeps the text whole when nothing but scope words was asked.
            rest = found.TopicText == rest ? string.Empty : CountryFinder.Normalize(found.TopicText ?? string.Empty);
        }
        else if (country is not null)
        {
            // A country the corpus lacks ("what about France?"): re-asked, it says so.
            rest = Regex.Replace(rest, CountryFinder.WordPattern(CountryFinder.Normalize(country)), " ", RegexOptions.CultureInvariant);
        }

        if (country is null && years.Count == 0 && !latest)
        {
            return FollowUp.New;
        }

        return Drop(CountryFinder.Normalize(rest), lists.Filler).Length == 0
            ? new FollowUp(FollowUpKind.ScopeChange, country, years, latest && years.Count == 0)
            : FollowUp.New;
    }

    // The words left when every phrase of the set is taken out, longest phrase first.
    private static string Drop(string words, IReadOnlyList<string> phrases)
    {
        var padded = " " + words + " ";
        foreach (var phrase in phrases)
        {
            var p = " " + phrase + " ";
            while (padded.Contains(p, StringComparison.Ordinal))
            {
                padded = padded.Replace(p, " ", StringComparison.Ordinal);
            }
        }

        return padded.Trim();
    }

    private static Words Load()
    {
        var entries = WordList.Read(WordsFile, 2);
        IReadOnlyList<string> Of(string kind) => [.. entries.Where(e => e[0] == kind).Select(e => e[1]).OrderByDescending(p => p.Length)];
        var filler = Of("filler");
        return new Words(Of("more").ToHashSet(StringComparer.Ordinal), filler, Of("latest"), [.. filler.Where(f => f is "please" or "pls" or "plz" or "ok" or "okay" or "so" or "then")]);
    }

    private sealed record Words(HashSet<string> More, IReadOnlyList<string> Filler, IReadOnlyList<string> Latest, IReadOnlyList<string> Politeness);
}
