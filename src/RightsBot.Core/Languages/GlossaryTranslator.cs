using System.Globalization;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis.Ru;
using RightsBot.Core.Retrieval;
using RightsBot.Core.Text;

namespace RightsBot.Core.Languages;

/// <summary>
/// Turns a Russian or Kazakh question into the reports' English words without a language model: each run of words
/// the glossary knows (the longest first, every form of a word meeting its dictionary form through the stemmer or
/// the suffix stripper) becomes its English; a Kazakh word the Kazakh glossary lacks is looked up in the Russian
/// one, since Kazakh borrows freely from Russian; a word neither knows is tried as a name, transliterated into the
/// Latin spelling the reports use ("Умаровой" → Umarova), and kept only when the reports use it; failing that, as a
/// word taken from English ("радикализация" → radicalization), or a misspelling one letter off a Russian glossary
/// word ("блокирвка" → блокировка). Function words
/// are left out; numbers and Latin-letter words pass as written.
/// </summary>
internal static partial class GlossaryTranslator
{
    private static readonly Lazy<HashSet<string>> KazakhStopWords = new(() => [.. WordList.Words("kazakh-stop-words.tsv")]);

    // The word "year" after a year's number, in its forms and abbreviations (Kazakh folded to Russian letters).
    private static readonly HashSet<string> YearWords = new(StringComparer.Ordinal)
    {
        "год", "году", "года", "годом", "г", "гг", "жыл", "жылы", "жылгы", "жылдын", "жылда", "жылдан", "ж",
    };

    private static readonly Lazy<HashSet<string>> Fillers = new(() => [.. WordList.Words("chat-filler-words.tsv")]);

    // Kazakh case and plural endings as written after a hyphen (folded to Russian letters).
    private static readonly HashSet<string> HyphenedEndings = new(StringComparer.Ordinal)
    {
        "та", "те", "да", "де", "ка", "ке", "га", "ге", "на", "не", "ны", "ни", "ды", "ди", "ты", "ти", "нын", "нин", "дын",
        "дин", "тын", "тин", "мен", "пен", "бен", "нан", "нен", "дан", "ден", "тан", "тен", "лар", "лер", "дар", "дер",
        "тар", "тер", "дагы", "деги", "тагы", "теги",
    };

    // The English endings a loanword's stem is tried with (Loanword).
    private static readonly string[] LoanEndings = ["", "s", "ion", "ions", "ation", "e", "ed", "ate", "ated", "ite", "ited", "al", "ic", "ia", "y", "ism", "ist", "ists"];

    // The fewest letters of a spelling with a letter doubled or undoubled that is looked for as a name.
    private const int MinDoubledLetterName = 6;

    // Endings a Russian or Kazakh form adds to a name the reports spell without them ("Умаровой" → umarov-a,
    // "Натальи" → natal-ya).
    private static readonly string[] NameEndings = ["", "a", "y", "i", "ya"];

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
        if (language == Language.Kazakh)
        {
            words = [.. words.Select(WithoutHyphenedEnding)];
        }

        var keys = words.Select(own.QuestionKeys).ToList();
        // A Russian word in a Kazakh question takes Kazakh endings ("стажерлердің", of the interns): the Russian
        // glossary is asked for the word and for each form the Kazakh stripper cuts it to.
        var fallbackKeys = fallback is null ? null : words.Select((w, i) => FallbackKeys(w, keys[i], language, fallback)).ToList();

        HashSet<string>? capitalised = null;
        var corrections = 0;
        var english = new EnglishWords();
        var unknown = new List<string>();
        var content = 0;
        var understood = 0;
        var askedHowMany = false;
        for (var i = 0; i < words.Count;)
        {
            var word = words[i];
            if (Fillers.Value.Contains(CyrillicWords.FoldKazakh(word)))
            {
                i++;
                continue;
            }

            // "в 2016 году", "2016 жылы": the year is the scope, which the scope stage reads from the number; the word
            // "year" left behind would be searched as a topic word.
            if (IsYear(word) && i + 1 < words.Count && YearWords.Contains(CyrillicWords.FoldKazakh(words[i + 1])))
            {
                english.Add([word]);
                i += 2;
                continue;
            }

            var function = IsFunctionWord(word, language);
            var match = own.Match(keys, i) ?? fallback?.Match(fallbackKeys!, i);

            // A function word ("бар", there is) counts only as itself, not by a root it shares ("бару", to go).
            if (match is { } found && (!function || found.Words > 1 || found.AsWritten))
            {
                // A second question run into the first ("скольких задержали и сколько погибло"): "and" before its
                // "how many", where the figure check splits a question into its parts.
                var howMany = found.Entry.English[0].StartsWith("how m", StringComparison.Ordinal);
                if (howMany && askedHowMany)
                {
                    english.Add(["and"]);
                }

                askedHowMany |= howMany;

                english.Add(found.Entry.English);
                var spanned = words.Skip(i).Take(found.Words).Count(w => !IsFunctionWord(w, language) && !IsNumber(w));
                content += spanned;
                understood += spanned;
                i += found.Words;
                continue;
            }

            i++;
            if (IsNumber(word) || word.All(char.IsAsciiLetterOrDigit))
            {
                english.Add([word]);
                if (!IsNumber(word))
                {
                    content++;
                    understood++;
                }

                continue;
            }

            if (function)
            {
                continue;
            }

            content++;
            // A form the stemmer leaves short of its dictionary form's stem ("блокируют" → блокиру, "блокировать" →
            // блокирова): the nearest longer key. Kazakh's own words have their endings cut every way already.
            var near = language == Language.Russian ? own.PrefixMatch(keys[i - 1]) : fallback?.PrefixMatch(fallbackKeys![i - 1]);
            if (near is not null)
            {
                english.Add(near.English);
                understood++;
            }
            else if (Name(word, keys[i - 1], language, isReportWord) is { } name)
            {
                english.Add([name]);
                understood++;
            }
            else if (Loanword(word, language, isReportWord) is { } loanword)
            {
                english.Add([loanword]);
                understood++;
            }
            else if (Misspelt(word, language, own, keys[i - 1], corrections++ < MaxCorrectedWords) is { } misspelt)
            {
                english.Add(misspelt.English);
                understood++;
            }
            else if (Surname(word, keys[i - 1], language, (capitalised ??= CapitalisedWords(text)).Contains(word)) is { } surname)
            {
                english.Add([surname]);
                understood++;
            }
            else
            {
                unknown.Add(word);
            }
        }

        return new Translation(english.Main, content, understood, unknown) { Alternatives = english.Others };
    }

    // A word no report spells that has a surname's form ("Бишимбаевым", "Умаровой", "Бишімбаевтің", "Жолдасбекұлы"):
    // the name in Latin letters, capitalised, without its case ending, so that the absent-name check can say the
    // reports never name this person, instead of the word being dropped and the question answered about someone
    // else. Forms that common nouns share (a plural's genitive "баптистов", "памирцев"; "говядина") count only
    // where the question capitalised them. Kazakh has no such plural, but its own genitive ends in "-ин"/"-ын" once
    // folded: a Kazakh word counts when cut (its keys, the stripper's forms) to "-ов"/"-ев" or "-ұлы"/"-қызы".
    private static string? Surname(string word, IReadOnlyList<string> wordKeys, Language language, bool capitalised)
    {
        IEnumerable<string> forms = language == Language.Kazakh ? wordKeys : [word];
        foreach (var form in forms.Where(f => !IsEverydayWord(f)))
        {
            var m = (language == Language.Kazakh ? KazakhSurnameRegex() : RussianSurnameRegex()).Match(form);
            if (m.Success && (capitalised || language == Language.Kazakh || m.Groups["ending"].Success || m.Groups["always"].Success))
            {
                var name = m.Groups["base"].Value + (m.Groups["ending"].Value is "ой" or "ою" ? "а" : string.Empty);
                return CultureInfo.InvariantCulture.TextInfo.ToTitleCase(CyrillicTransliterator.ToLatin(name));
            }
        }

        return null;
    }

    // The words a question capitalises other than at the start of a sentence, lower case: names, in Russian and Kazakh.
    // Read only when a word reaches the surname check, so most questions never pay for it.
    private static HashSet<string> CapitalisedWords(string text)
        => [.. CapitalisedRegex().Matches(text).Select(m => m.Value.ToLowerInvariant())];

    // A word Russian took from English or Latin ("депортировали", "дискриминация", "экстремизма") as the reports
    // spell it: the stem in Latin letters, with the spellings such words take in English ("к" as c, "кс" as x,
    // "-ция" as -tion, "-изм" as -ism, "фоб" as phob, a verb's "-ир-" dropped), given an English ending and kept only
    // when the reports use the word. Six letters at least: shorter ones meet report words by chance.
    private static string? Loanword(string word, Language language, Func<string, bool> isReportWord)
    {
        var stem = language == Language.Russian ? RussianStems.Stem(word) : word;
        if (stem.Length < 5)
        {
            return null;
        }

        foreach (var latin in CyrillicTransliterator.Spellings(stem))
        {
            foreach (var spelling in LoanSpellings(latin))
            {
                foreach (var ending in LoanEndings)
                {
                    var candidate = spelling + ending;
                    if (candidate.Length >= 6 && isReportWord(candidate))
                    {
                        return candidate;
                    }
                }
            }
        }

        return null;
    }

    private static IEnumerable<string> LoanSpellings(string latin)
    {
        var english = CLetterRegex().Replace(latin, "c").Replace("cs", "x", StringComparison.Ordinal).Replace("fob", "phob", StringComparison.Ordinal);
        foreach (var spelling in new[] { english, latin }.Distinct(StringComparer.Ordinal))
        {
            var s = spelling.EndsWith("izm", StringComparison.Ordinal) ? spelling[..^3] + "ism" : spelling;
            s = s.EndsWith("ts", StringComparison.Ordinal) ? s[..^2] + "t" : s.Replace("tsi", "ti", StringComparison.Ordinal);
            yield return s;
            // A verb's "-ир-" ("депортир-", "экстрадирова-"): the English verb has none.
            var verb = s.LastIndexOf("ir", StringComparison.Ordinal);
            if (verb > 3 && s.Length - verb <= 5 && (s.Length - verb == 2 || s[verb..].StartsWith("irov", StringComparison.Ordinal)))
            {
                yield return s[..verb];
            }
        }
    }

    // "к" written c, as in the English of Latin words ("коррупция" → corruption), except in "kh".
    // A Russian surname: three letters at least before -ов/-ев/-ёв (a surname for sure with a case or feminine ending:
    // "-а", "-ой", "-ым", "-у", "-е"; bare, also a plural's genitive) or -ин/-ын (also many a common noun:
    // "говядина"); or one whose ending no common noun has (-енко, -швили, -дзе, -ұлы/-улы, -қызы/-кызы).
    [GeneratedRegex(@"^(?:(?<base>\p{L}{3,}(?:ов|ев|ёв))(?<ending>а|ой|ою|ым|у|е)?|(?<base>\p{L}{3,}(?:ин|ын))(?:а|ой|ою|ым|у|е)?|(?<always>(?<base>\p{L}{3,}(?:енко|швили|дзе|ұлы|улы|қызы|кызы))))$")]
    private static partial Regex RussianSurnameRegex();

    // A Kazakh form cut to a surname: -ов/-ев (feminine -ова/-ева), -ұлы, -қызы.
    [GeneratedRegex(@"^(?<base>\p{L}{3,}(?:ова|ева|ов|ев|ұлы|улы|қызы|кызы))$")]
    private static partial Regex KazakhSurnameRegex();

    [GeneratedRegex(@"(?<![.!?]\s*|^\s*)(?<=[\s,;:(«""])\p{Lu}\p{Ll}{2,}")]
    private static partial Regex CapitalisedRegex();

    [GeneratedRegex("k(?!h)")]
    private static partial Regex CLetterRegex();

    // Kazakh writes its case ending after a hyphen on an abbreviation or a foreign word ("ИВС-те", "БАҚ-ты",
    // "ҮЕҰ-ның"): the word alone.
    private static string WithoutHyphenedEnding(string word)
    {
        var hyphen = word.LastIndexOf('-');
        return hyphen >= 2 && HyphenedEndings.Contains(CyrillicWords.FoldKazakh(word[(hyphen + 1)..])) ? word[..hyphen] : word;
    }

    // The most words of one question that reach the misspelling match (Glossary.CorrectedMatch tries each letter,
    // about 1 ms a word): a question with more unknown words is refused as not understood anyway.
    private const int MaxCorrectedWords = 6;

    // A misspelt Russian word's term (Glossary.TypoMatch, then Glossary.CorrectedMatch when correct). Russian only: a
    // Kazakh word's many cut forms each have neighbours one letter away in some other word.
    private static GlossaryEntry? Misspelt(string word, Language language, Glossary own, IReadOnlyList<string> wordKeys, bool correct)
        => language == Language.Russian ? own.TypoMatch(wordKeys) ?? (correct ? own.CorrectedMatch(word) : null) : null;

    // strippedForms: a Kazakh word's own keys, which are the forms the Kazakh stripper cuts it to.
    private static IReadOnlyList<string> FallbackKeys(string word, IReadOnlyList<string> strippedForms, Language language, Glossary fallback)
        => language == Language.Kazakh
            ? [.. fallback.QuestionKeys(word).Concat(strippedForms.Where(c => c.Length >= 4).SelectMany(fallback.QuestionKeys)).Distinct(StringComparer.Ordinal)]
            : fallback.QuestionKeys(word);

    // A name as the reports spell it, capitalised (the absent-name check reads capitals): the word, or its stem (for
    // Kazakh, the forms the stripper cut it to: its keys, cut once for the glossary), transliterated, with or without
    // the endings a name's forms take.
    // A spelling with a letter doubled or undoubled (CyrillicTransliterator.DoubledLetterSpellings) is tried only
    // when no spelling as typed is a report word, and only for a long name: "парртия" undoubled is "part".
    private static string? Name(string word, IReadOnlyList<string> wordKeys, Language language, Func<string, bool> isReportWord)
    {
        IEnumerable<string> forms = language == Language.Kazakh ? [word, .. wordKeys] : [word, RussianStems.Stem(word)];
        var spellings = forms.Distinct(StringComparer.Ordinal).SelectMany(CyrillicTransliterator.Spellings).Where(l => l.Length >= 4).Distinct(StringComparer.Ordinal).ToList();
        return ReportSpelling(spellings, isReportWord)
            ?? ReportSpelling(spellings.SelectMany(CyrillicTransliterator.DoubledLetterSpellings).Where(l => l.Length >= MinDoubledLetterName), isReportWord);
    }

    private static string? ReportSpelling(IEnumerable<string> spellings, Func<string, bool> isReportWord)
    {
        foreach (var latin in spellings)
        {
            foreach (var ending in NameEndings)
            {
                if (isReportWord(latin + ending))
                {
                    // A common English word the reports use ("лимит" → limit, "статус" → status) is a word, not a
                    // name: capitalised, the absent-name check would refuse the question where the scope lacks it.
                    var found = latin + ending;
                    return Text.EnglishWords.HasStem(EnglishTextAnalyzer.Instance.Analyze(found)) ? found : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(found);
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

    private static bool IsYear(string word) => word.Length == 4 && IsNumber(word) && word[0] is '1' or '2';

    /// <summary>True for a Russian or Kazakh function word or chat filler: never a name ("того", "гана").</summary>
    internal static bool IsEverydayWord(string word)
        => RussianAnalyzer.DefaultStopSet.Contains(word) || KazakhStopWords.Value.Contains(CyrillicWords.FoldKazakh(word)) || Fillers.Value.Contains(CyrillicWords.FoldKazakh(word));

    // The English of the question's terms: each term's likeliest rendering in the text searched, its others as
    // synonyms; a rendering whose words the text (or the synonyms) already has, by their English stems
    // ("complaint" after "complaints"), is not added again, so that a term with many renderings weighs no more.
    private sealed class EnglishWords
    {
        private readonly List<string> _main = [];
        private readonly List<string> _others = [];
        private readonly HashSet<string> _stems = new(StringComparer.Ordinal);

        public string Main => string.Join(' ', _main);

        public string Others => string.Join(' ', _others);

        public void Add(IReadOnlyList<string> renderings)
        {
            for (var r = 0; r < renderings.Count; r++)
            {
                var stems = EnglishTextAnalyzer.Instance.Analyze(renderings[r]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (stems.Length > 0 && stems.All(_stems.Contains))
                {
                    continue;
                }

                _stems.UnionWith(stems);
                (r == 0 ? _main : _others).Add(renderings[r]);
            }
        }
    }
}
