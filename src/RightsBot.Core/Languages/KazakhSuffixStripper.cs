using System.Buffers;
using RightsBot.Core.Text;

namespace RightsBot.Core.Languages;

/// <summary>
/// A small table-driven suffix stripper for Kazakh (<c>Resources/kazakh-suffixes.tsv</c>): the word is folded to
/// plain Cyrillic (қ → к, so that a phone without Kazakh letters meets the glossary), then its endings are cut from
/// the end inwards, one layer of Kazakh's fixed order at a time (case, possessive, plural, tense, negation,
/// passive), at most one ending a layer, every way that leaves enough of the word. It does not find linguistic
/// roots: among the stems it gives is a word's dictionary form, which is all the glossary lookup needs.
/// </summary>
internal static class KazakhSuffixStripper
{
    private const int MinStem = 2;
    private const int MinStemForOneLetter = 2;
    private const int MaxCandidates = 24;

    private static readonly SearchValues<char> Vowels = SearchValues.Create("аеиоуыэюя");

    // Layers from which a cut needs a verb's ending cut before (negation, passive).
    private const int FirstVerbOnlyLayer = 5;

    // The suffixes of each layer, outermost layer first, longest suffix first within a layer, with what they end.
    private static readonly Lazy<(int Layer, (string Suffix, bool EndsVerb)[] Suffixes)[]> Layers = new(() => [.. WordList.Read("kazakh-suffixes.tsv", 3)
        .GroupBy(e => int.Parse(e[1], System.Globalization.CultureInfo.InvariantCulture))
        .OrderBy(g => g.Key)
        .Select(g => (g.Key, g.Select(e => (e[0], e[2] is "verb" or "either")).DistinctBy(e => e.Item1, StringComparer.Ordinal)
            .OrderByDescending(e => e.Item1.Length).ThenBy(e => e.Item1, StringComparer.Ordinal).ToArray()))]);

    /// <summary>
    /// The keys a dictionary-form word of the glossary is filed under: as written (folded), and for a verb's "-у"
    /// form its root ("ұстау" → уста, "жою" → жой), which is what the verb's other forms come down to. Not its cut
    /// stem: a dictionary form has no endings to cut, and cutting what only looks like one ("заңды", lawful, is not
    /// "заң" + accusative) would file different words under one key. A question word is looked up by every stem
    /// its endings may be cut to (<see cref="Candidates"/>), its dictionary form among them.
    /// </summary>
    public static IReadOnlyList<string> TermKeys(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var folded = CyrillicWords.FoldKazakh(word);
        var keys = new List<string> { folded };
        if (folded.Length >= 3 && folded[^1] is 'у' or 'ю' && HasVowel(folded.AsSpan(0, folded.Length - 1)))
        {
            keys.Add(folded[^1] == 'ю' ? folded[..^1] + "й" : folded[..^1]);
        }

        return [.. keys.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Every stem a question word's endings may be cut to, each layer cut or not, any suffix that fits (Kazakh
    /// endings are ambiguous: "-ды" is a past tense or an accusative), with the stem's last consonant also unvoiced
    /// (Kazakh voices it before a vowel: "мектебі" ← мектеп, "құқығы" ← құқық, "жабады" ← жабу). The least cut
    /// come first, so that a word the glossary has as written is found as written.
    /// </summary>
    public static IReadOnlyList<string> Candidates(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var stems = new HashSet<string>(StringComparer.Ordinal);
        Search(CyrillicWords.FoldKazakh(word), 0, verb: false, stems);
        return [.. stems.SelectMany(Voicings).Distinct(StringComparer.Ordinal).OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal).Take(MaxCandidates)];
    }

    private static void Search(string stem, int layerIndex, bool verb, HashSet<string> stems)
    {
        var layers = Layers.Value;
        if (layerIndex == layers.Length || (layers[layerIndex].Layer >= FirstVerbOnlyLayer && !verb) || !stem.Any(char.IsLetter))
        {
            stems.Add(stem);
            return;
        }

        Search(stem, layerIndex + 1, verb, stems);
        foreach (var (suffix, endsVerb) in layers[layerIndex].Suffixes.Where(e => Fits(stem, e.Suffix)))
        {
            var cut = Cut(stem, suffix);
            Search(cut, layerIndex + 1, verb || endsVerb, stems);

            // Kazakh writes a word ending in "-ст" with one "т" before a suffix that starts with one
            // ("журналист" + "тер" → "журналистер"): the "т" may belong to the stem.
            if (suffix[0] == 'т' && cut.EndsWith('с'))
            {
                Search(cut + "т", layerIndex + 1, verb || endsVerb, stems);
            }
        }
    }

    private static IEnumerable<string> Voicings(string stem)
    {
        yield return stem;
        if (stem.Length >= 3)
        {
            var unvoiced = stem[^1] switch { 'б' => 'п', 'г' => 'к', 'п' => 'б', 'к' => 'г', _ => '\0' };
            if (unvoiced != '\0')
            {
                yield return stem[..^1] + unvoiced;
            }
        }
    }

    private static bool Fits(string stem, string suffix)
        => stem.EndsWith(suffix, StringComparison.Ordinal)
            && stem.Length - suffix.Length >= (suffix.Length == 1 ? MinStemForOneLetter : MinStem)
            && HasVowel(stem.AsSpan(0, stem.Length - suffix.Length));

    private static string Cut(string stem, string suffix) => stem[..^suffix.Length];

    private static bool HasVowel(ReadOnlySpan<char> text) => text.IndexOfAny(Vowels) >= 0;
}
