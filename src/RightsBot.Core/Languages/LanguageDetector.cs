using RightsBot.Core.Answering;
using RightsBot.Core.Text;

namespace RightsBot.Core.Languages;

/// <summary>
/// Tells English, Russian, Kazakh and other scripts apart, offline and cheaply: the script first, then, for
/// Cyrillic, Kazakh's own letters (ә ғ қ ң ө ұ ү һ і) or, when a phone keyboard lacks them, Kazakh words
/// (<c>Resources/kazakh-marker-words.tsv</c>) outnumbering Russian ones (<c>Resources/russian-marker-words.tsv</c>).
/// </summary>
public static class LanguageDetector
{
    private static readonly Lazy<HashSet<string>> KazakhWords = new(() => [.. WordList.Words("kazakh-marker-words.tsv")]);
    private static readonly Lazy<HashSet<string>> RussianWords = new(() => [.. WordList.Words("russian-marker-words.tsv")]);
    private static readonly string[] KazakhEndings = ["дагы", "деги", "тагы", "теги", "лардын", "лердин", "дардын", "дердин", "тардын", "тердин"];

    /// <summary>The language of <paramref name="text"/>.</summary>
    public static Language Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (QuestionLanguage.LooksEnglish(text))
        {
            return Language.English;
        }

        var letters = 0;
        var cyrillic = 0;
        var kazakhLetters = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            if (CyrillicWords.IsCyrillic(c))
            {
                cyrillic++;
                if (CyrillicWords.IsKazakhLetter(c))
                {
                    kazakhLetters++;
                }
            }
        }

        if (cyrillic * 2 < letters)
        {
            return Language.Other;
        }

        var words = CyrillicWords.Tokens(text);
        var kazakh = words.Count(w => KazakhWords.Value.Contains(w) || HasKazakhEnding(w));
        var russian = words.Count(RussianWords.Value.Contains);
        if (kazakhLetters > 0)
        {
            // Kazakh's own letters mark Kazakh, unless they are in one word only (a Kazakh name: "партия Көше",
            // "суд над Жанболатом Мамаем" would not have them) of a question Russian's words make Russian.
            var kazakhLetterWords = words.Count(w => w.Any(CyrillicWords.IsKazakhLetter));
            return kazakhLetterWords == 1 && kazakh == 0 && russian > 0 ? Language.Russian : Language.Kazakh;
        }

        return kazakh > russian ? Language.Kazakh : Language.Russian;
    }

    // Kazakh case endings that no Russian word has, as a phone without Kazakh letters types them: the locative
    // adjective ("украинадагы", in Ukraine's) and the plural genitive ("айелдердин", of women).
    private static bool HasKazakhEnding(string word)
        => word.Length > 6 && KazakhEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal));
}
