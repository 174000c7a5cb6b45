using System.Globalization;
using Lucene.Net.Analysis.Ru;
using RightsBot.Core.Text;

namespace RightsBot.Core.Languages;

/// <summary>
/// Turns a Russian or Kazakh question into the reports' English words without a language model: each run of words
/// the glossary knows (the longest first, every form of a word meeting its dictionary form through the stemmer or
/// the suffix stripper) becomes its English; a Kazakh word the Kazakh glossary lacks is looked up in the Russian
/// one, since Kazakh borrows freely from Russian; a word neither knows is tried as a name, transliterated into the
/// Latin spelling the reports use ("Умаровой" → Umarova), and kept only when the reports use it. Function words
/// are left out; numbers and Latin-letter words pass as written.
/// </summary>
internal static class GlossaryTranslator
{
    private static readonly Lazy<HashSet<string>> KazakhStopWords = new(() => [.. WordList.Words("kazakh-stop-words.tsv")]);

    // Endings a Russian or Kazakh form adds to a name the reports spell without them ("Умаровой" → umarov-a).
    private static readonly string[] NameEndings = ["", "a", "y", "i"];

    /// <summary>The question in English words, and how much of it the glossary understood.</summary>
    /// <param name="text">The question.</param>
    /// <param name="language">Russian or Kazakh.</param>
    /// <param name="isReportWord">Whether the reports use a (Latin-letter) word: how a transliterated name is checked.</param>
    public static Translation Translate(string text, Language language, Func<string, bool> isReportWord)
        => Translate(
            text,
            language,
            Glossary.For(language) ?? throw new ArgumentOutOfRangeException(nameof(language), language, "no glossary for this language"),
            language == Language.Kazakh ? Glossary.Russian : null,
            isReportWord);

    /// <summary><see cref="Translate(string, Language, Func{string, bool})"/> with the glossaries given (tests).</summary>
    internal static Translation Translate(string text, Language language, Glossary own, Glossary? fallback, Func<string, bool> isReportWord)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(own);
        ArgumentNullException.ThrowIfNull(isReportWord);
        var words = CyrillicWords.Tokens(text);
        var keys = words.Select(own.QuestionKeys).ToList();
        var fallbackKeys = fallback is null ? null : words.Select(fallback.QuestionKeys).ToList();

        var english = new List<string>();
        var unknown = new List<string>();
        var content = 0;
        var understood = 0;
        for (var i = 0; i < words.Count;)
        {
            var match = own.Match(keys, i) ?? (fallback is null ? null : fallback.Match(fallbackKeys!, i));
            if (match is { } found)
            {
                english.AddRange(found.Entry.English);
                var spanned = words.Skip(i).Take(found.Words).Count(w => !IsFunctionWord(w, language) && !IsNumber(w));
                content += spanned;
                understood += spanned;
                i += found.Words;
                continue;
            }

            var word = words[i++];
            if (IsNumber(word) || word.All(char.IsAsciiLetterOrDigit))
            {
                english.Add(word);
                if (!IsNumber(word))
                {
                    content++;
                    understood++;
                }

                continue;
            }

            if (IsFunctionWord(word, language))
            {
                continue;
            }

            content++;
            if (Name(word, language, isReportWord) is { } name)
            {
                english.Add(name);
                understood++;
            }
            else
            {
                unknown.Add(word);
            }
        }

        return new Translation(string.Join(' ', english), content, understood, unknown);
    }

    // A name as the reports spell it, capitalised (the absent-name check reads capitals): the word, or its stem,
    // transliterated, with or without the endings a name's forms take.
    private static string? Name(string word, Language language, Func<string, bool> isReportWord)
    {
        IEnumerable<string> forms = language == Language.Kazakh ? [word, .. KazakhSuffixStripper.Candidates(word)] : [word, RussianStems.Stem(word)];
        foreach (var form in forms.Distinct(StringComparer.Ordinal))
        {
            foreach (var latin in CyrillicTransliterator.Spellings(form).Where(l => l.Length >= 4))
            {
                foreach (var ending in NameEndings)
                {
                    if (isReportWord(latin + ending))
                    {
                        return CultureInfo.InvariantCulture.TextInfo.ToTitleCase(latin + ending);
                    }
                }
            }
        }

        return null;
    }

    private static bool IsFunctionWord(string word, Language language)
        => language == Language.Kazakh
            ? KazakhStopWords.Value.Contains(CyrillicWords.FoldKazakh(word)) || RussianAnalyzer.DefaultStopSet.Contains(word)
            : RussianAnalyzer.DefaultStopSet.Contains(word);

    private static bool IsNumber(string word) => word.All(char.IsAsciiDigit);
}
