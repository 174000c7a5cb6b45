using System.Collections.Frozen;
using System.Text;
using RightsBot.Core.Text;

namespace RightsBot.Core.Languages;

/// <summary>Russian and Kazakh words in the Latin letters the reports spell names in (<c>Resources/cyrillic-latin.tsv</c>).</summary>
internal static class CyrillicTransliterator
{
    private const string Vowels = "аеёиоуыэюяәөұүі";

    // The most spellings tried for one word: each is looked up in the reports' words, with a name's endings.
    private const int MaxSpellings = 12;

    private static readonly (string From, string To)[] OtherSpellings = [("dzh", "j"), ("zh", "j"), ("yu", "iu"), ("ya", "ia")];

    private static readonly Lazy<FrozenDictionary<char, string>> Letters = new(() => WordList.Read("cyrillic-latin.tsv", 2)
        .ToFrozenDictionary(e => e[0][0], e => e[1] == "-" ? string.Empty : e[1]));

    /// <summary>
    /// <see cref="ToLatin(string)"/>, then the spellings the reports also use for some names: "х" as "h" (Uzbek and Kyrgyz
    /// names: "Хакимов" → Hakimov), "е" as "e" after a vowel ("Бекбаев" → Bekbaev), "ж" and "дж" as "j"
    /// ("Жамиля" → Jamilya), "ю"/"я" as "iu"/"ia", "й" as "i" ("Айман" → Aiman), and "-ий" as "-i".
    /// </summary>
    public static IReadOnlyList<string> Spellings(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var plain = ToLatin(word);
        var spellings = new List<string> { plain };
        if (word.Contains('х', StringComparison.OrdinalIgnoreCase))
        {
            spellings.Add(Spell(word, kh: "h"));
        }

        if (plain.Contains("ye", StringComparison.Ordinal))
        {
            spellings.Add(Spell(word, yeAfterVowel: false));
        }

        // "й" as "i", as Kazakh names mostly are in the reports (Aiman, Seitkazy, Maina).
        if (word.Contains('й', StringComparison.OrdinalIgnoreCase))
        {
            spellings.Add(Spell(word, shortI: "i"));
        }

        // The other romanisations the reports use for Central Asian names: "j" for ж and дж (Jamilya, Janar),
        // "iu"/"ia" for ю/я (Kaliuzhnyi), "i" for the adjective ending -ий (Dmitri).
        foreach (var (from, to) in OtherSpellings)
        {
            for (var i = spellings.Count - 1; i >= 0 && spellings.Count < MaxSpellings; i--)
            {
                var other = spellings[i].Replace(from, to, StringComparison.Ordinal);
                if (other != spellings[i] && !spellings.Contains(other))
                {
                    spellings.Add(other);
                }
            }
        }

        if (plain.EndsWith("iy", StringComparison.Ordinal) && spellings.Count < MaxSpellings)
        {
            spellings.Add(plain[..^1]);
        }

        return spellings;
    }

    /// <summary>The word in Latin letters, lower case; characters that are not Cyrillic letters kept as they are.</summary>
    public static string ToLatin(string word) => Spell(word);

    /// <summary>
    /// A Latin spelling with one of its letters l, m, n, r, s, t doubled, or one doubled letter written once: a name
    /// the reports spell with a double letter is often typed with one, and the other way round ("Гинатулин" →
    /// Ginatullin, "Мухамедкарим" → Mukhammedkarim). Spellings of fewer than five letters have none.
    /// </summary>
    public static IEnumerable<string> DoubledLetterSpellings(string latin)
    {
        ArgumentNullException.ThrowIfNull(latin);
        if (latin.Length < 5)
        {
            yield break;
        }

        for (var i = 1; i < latin.Length; i++)
        {
            if (latin[i] == latin[i - 1] && "lmnrst".Contains(latin[i], StringComparison.Ordinal))
            {
                yield return latin.Remove(i, 1);
            }
            else if ("lmnrst".Contains(latin[i], StringComparison.Ordinal) && (i + 1 == latin.Length || latin[i + 1] != latin[i]))
            {
                yield return latin.Insert(i, latin[i].ToString());
            }
        }
    }

    private static string Spell(string word, string kh = "kh", bool yeAfterVowel = true, string? shortI = null)
    {
        ArgumentNullException.ThrowIfNull(word);
        var latin = new StringBuilder(word.Length + 4);
        for (var i = 0; i < word.Length; i++)
        {
            var c = char.ToLowerInvariant(word[i]);
            if (c == 'е' && (i == 0 || (yeAfterVowel && (Vowels.Contains(char.ToLowerInvariant(word[i - 1]), StringComparison.Ordinal) || word[i - 1] is 'ь' or 'ъ'))))
            {
                latin.Append("ye");
            }
            else if (c == 'х')
            {
                latin.Append(kh);
            }
            else if (c == 'й' && shortI is not null)
            {
                latin.Append(shortI);
            }
            else if (Letters.Value.TryGetValue(c == 'ё' ? 'е' : c, out var letters))
            {
                latin.Append(letters);
            }
            else
            {
                latin.Append(c);
            }
        }

        return latin.ToString();
    }
}
