using System.Collections.Frozen;
using System.Text;
using RightsBot.Core.Text;

namespace RightsBot.Core.Languages;

/// <summary>Russian and Kazakh words in the Latin letters the reports spell names in (<c>Resources/cyrillic-latin.tsv</c>).</summary>
internal static class CyrillicTransliterator
{
    private const string Vowels = "аеёиоуыэюяәөұүі";

    private static readonly Lazy<FrozenDictionary<char, string>> Letters = new(() => WordList.Read("cyrillic-latin.tsv", 2)
        .ToFrozenDictionary(e => e[0][0], e => e[1] == "-" ? string.Empty : e[1]));

    /// <summary>
    /// <see cref="ToLatin(string)"/>, then the spellings the reports also use for some names: "х" as "h" (Uzbek and Kyrgyz
    /// names: "Хакимов" → Hakimov) and "е" as "e" after a vowel ("Бекбаев" → Bekbaev).
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

        return spellings;
    }

    /// <summary>The word in Latin letters, lower case; characters that are not Cyrillic letters kept as they are.</summary>
    public static string ToLatin(string word) => Spell(word);

    private static string Spell(string word, string kh = "kh", bool yeAfterVowel = true)
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
