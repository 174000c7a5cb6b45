using System.Text;
using System.Text.RegularExpressions;
using RightsBot.Core.Corpus;

namespace RightsBot.Core.Retrieval;

/// <summary>
/// What the reports in scope never mention, among what a question asks about: names, and the thing a "how many"
/// question counts. The reports cannot answer about a person, place or group they never name.
/// </summary>
internal sealed partial class ScopeAbsence(ReportCorpus corpus, TermVocabulary vocabulary, InvertedIndex index)
{
    // A name shorter than this is not looked for run into another word: short ones make compounds by chance ("Park" + "land").
    private const int MinGluedLength = 5;

    // The word a name runs into must have at least this many letters to count ("Tribuna" + "newspaper").
    private const int MinGluedWordLength = 3;

    // Shortest name tried with "i" and "y" swapped, and most places swapped (2^6 spellings).
    private const int MinTransliteratedLength = 6;
    private const int MaxIyPlaces = 6;

    // Shortest part of a compound ("school" + "teachers").
    private const int MinCompoundPart = 4;

    // Largest scope whose texts are read for names run into another word: a country's reports of every year, about
    // 0.1 ms a name. Over the 16 shipped reports together (3,110 passages) it cost 0.2–0.3 ms a name.
    private const int MaxRunTogetherPassages = 2_500;

    /// <summary>
    /// Names in the question (capitalised words of four letters or more, not the first word of a sentence) that no
    /// passage in scope uses, even spelt one letter differently. The reports cannot answer about a person, place or
    /// group they never name. In a question the glossary translated, only names are capitalised, so every
    /// capitalised word is one (<paramref name="translated"/>).
    /// </summary>
    public IReadOnlyList<string> Names(string question, IReadOnlyList<(int Start, int End)>? ranges, bool translated = false)
    {
        var absent = new List<string>();
        foreach (Match m in (translated ? TranslatedNameRegex() : NameRegex()).Matches(question))
        {
            if (!UsedInScope(m.Value, ranges))
            {
                absent.Add(m.Value);
            }
        }

        return absent;
    }

    /// <summary>
    /// The words naming what a "how many …" / "how much …" question counts ("how many refugees or asylum
    /// seekers does …") that no passage in scope uses, not even as a synonym.
    /// </summary>
    public IReadOnlyList<string> CountedWords(string question, IReadOnlyList<(int Start, int End)>? ranges)
    {
        var m = CountedRegex().Match(question);
        if (!m.Success)
        {
            return [];
        }

        // Words in -ly ("actually", "really") say how, not what.
        return [.. m.Groups["what"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !w.EndsWith("ly", StringComparison.OrdinalIgnoreCase))
            .Where(w => EnglishTextAnalyzer.Instance.Analyze(w).Length > 0 && !UsedInScope(w, ranges) && !CompoundInScope(w, ranges)
                && !(SynonymMap.Expansions.TryGetValue(w.ToLowerInvariant(), out var synonyms) && synonyms.Any(x => UsedInScope(x, ranges))))];
    }

    // A word made of two the reports know, the second used in scope: "schoolteachers" where the report says
    // "teachers", "farmworkers" where it says "workers". Only for counted things: a name made of two words
    // ("Blackwater") is not the second word.
    private bool CompoundInScope(string word, IReadOnlyList<(int Start, int End)>? ranges)
    {
        var lower = word.ToLowerInvariant();
        for (var split = MinCompoundPart; split <= lower.Length - MinCompoundPart; split++)
        {
            if (Stem(lower[split..]) is { } tail && index.AnyIn(vocabulary.Id(tail), ranges)
                && Stem(lower[..split]) is { } head && vocabulary.Id(head) >= 0)
            {
                return true;
            }
        }

        return false;

        static string? Stem(string part) => EnglishTextAnalyzer.Instance.Analyze(part) is { Length: > 0 } stem && !stem.Contains(' ', StringComparison.Ordinal) ? stem : null;
    }

    // Whether a passage in scope uses the word: as written, one letter off, without accents ("Bürger" → Burger)
    // or German-style (→ Buerger), or run together with the next or previous word ("Tribunanewspaper").
    private bool UsedInScope(string word, IReadOnlyList<(int Start, int End)>? ranges)
    {
        var spellings = new[] { word, Text.TextUtil.RemoveDiacritics(word), word.Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal).Replace("ü", "ue", StringComparison.Ordinal) }.Distinct().ToList();
        var stems = spellings.SelectMany(w => EnglishTextAnalyzer.Instance.Analyze(w).Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        return stems.Count == 0 || stems.Any(InScope) || stems.Any(t => SpellingCorrector.AnyEdit(t, e => vocabulary.Id(e) is var id && id >= 0 && index.AnyIn(id, ranges)))
            || IyVariants(Text.TextUtil.RemoveDiacritics(word)).Any(v => EnglishTextAnalyzer.Instance.Analyze(v).Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } vs && vs.All(InScope))
            || spellings.Where(w => w.Length >= MinGluedLength).Any(w => RunTogetherInScope(w, ranges));

        bool InScope(string stem) => index.AnyIn(vocabulary.Id(stem), ranges);
    }

    // A transliterated name written with "i" for "y" or the other way round, in any of its places: "Bialiatski"
    // for the reports' "Byalyatski" is two letters off, beyond the one-letter tolerance. Names of at least
    // MinTransliteratedLength letters, at most MaxIyPlaces of them (64 spellings).
    private static IEnumerable<string> IyVariants(string word)
    {
        var lower = word.ToLowerInvariant();
        var places = Enumerable.Range(0, lower.Length).Where(i => lower[i] is 'i' or 'y').ToArray();
        if (lower.Length < MinTransliteratedLength || places.Length == 0 || places.Length > MaxIyPlaces)
        {
            yield break;
        }

        var chars = lower.ToCharArray();
        for (var mask = 1; mask < 1 << places.Length; mask++)
        {
            for (var b = 0; b < places.Length; b++)
            {
                var p = places[b];
                chars[p] = ((mask >> b) & 1) == 1 ? (lower[p] == 'i' ? 'y' : 'i') : lower[p];
            }

            yield return new string(chars);
        }
    }

    // Whether a passage in scope has the word, as written, run together with a word the reports use, before or
    // after it: a text copy of a web page loses the space at an italic name's edge ("the Tribunanewspaper"). It
    // reads the scope's texts, so it is skipped for scopes over MaxRunTogetherPassages (several countries, or every
    // report), where a rare name is far more likely to be used properly somewhere anyway.
    private bool RunTogetherInScope(string word, IReadOnlyList<(int Start, int End)>? ranges)
    {
        ranges ??= [(0, corpus.Passages.Count)];
        if (ranges.Sum(r => r.End - r.Start) > MaxRunTogetherPassages)
        {
            return false;
        }

        var pattern = Encoding.UTF8.GetBytes(word);
        foreach (var (start, end) in ranges)
        {
            for (var p = start; p < end; p++)
            {
                var text = corpus.Passages[p].Utf8;
                for (var at = text.IndexOf(pattern); at >= 0;)
                {
                    var after = LettersAt(text[(at + pattern.Length)..], forward: true);
                    var before = LettersAt(text[..at], forward: false);
                    if ((after.Length >= MinGluedWordLength && before.Length == 0 && Known(after)) || (before.Length >= MinGluedWordLength && after.Length == 0 && Known(before)))
                    {
                        return true;
                    }

                    var next = text[(at + 1)..].IndexOf(pattern);
                    at = next < 0 ? -1 : at + 1 + next;
                }
            }
        }

        return false;

        bool Known(string glued) => EnglishTextAnalyzer.Instance.Analyze(glued) is { Length: > 0 } stem && vocabulary.Id(stem) >= 0;
    }

    // The ASCII letters right after (or right before) a position: the word a name was run into.
    private static string LettersAt(ReadOnlySpan<byte> text, bool forward)
    {
        var n = 0;
        while (n < text.Length && char.IsAsciiLetter((char)text[forward ? n : text.Length - 1 - n]))
        {
            n++;
        }

        return Encoding.ASCII.GetString(forward ? text[..n] : text[^n..]);
    }

    // "how many/much" and up to four words before the verb: what is being counted.
    [GeneratedRegex(@"\bhow (many|much)\s+(?<what>(?:[\p{L}'’-]+\s+){0,4}?)(?=(were|was|are|is|do|does|did|have|has|had|can|could|will|would|get|got|go|went)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountedRegex();

    // A capitalised word that does not start the question or a sentence of it.
    [GeneratedRegex(@"(?<![.!?]\s*|^\s*)(?<=\s)\p{Lu}\p{Ll}{3,}\b")]
    private static partial Regex NameRegex();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{Lu}\p{Ll}{3,}\b")]
    private static partial Regex TranslatedNameRegex();
}
