using RightsBot.Core.Text;

namespace RightsBot.Core.Languages;

/// <summary>
/// A bilingual glossary (<c>Resources/glossary-ru.tsv</c>, <c>Resources/glossary-kk.tsv</c>): terms of one to four
/// words in dictionary form. Each term word is filed under a few keys (as written, and normalised: the Snowball stem
/// for Russian; for Kazakh, a verb's root), and each question word is
/// looked up by the keys its form may reduce to, so that every form meets its dictionary form even where a
/// stemmer cuts the two differently (Snowball takes "казахстан" to "казахста" but "казахстане" to "казахстан").
/// A term's own key is its words as written: two terms with the same words would shadow each other, so the first is
/// kept and the clash recorded (<see cref="Clashes"/>, which the tests require empty). Terms sharing another key (a
/// stem) share it: a form found by it gets the English of both.
/// </summary>
internal sealed class Glossary
{
    private const string AlternativeSeparator = " | ";

    // The most key combinations tried for a term of several words at one place of a question.
    private const int MaxCombinations = 400;

    private static readonly Lazy<Glossary> RussianGlossary = new(() => Parse(WordList.Read("glossary-ru.tsv", 2), RussianFleetingKeys, RussianFleetingKeys, CountryNames(1)));
    private static readonly Lazy<Glossary> KazakhGlossary = new(() => Parse(WordList.Read("glossary-kk.tsv", 2), KazakhSuffixStripper.TermKeys, KazakhSuffixStripper.Candidates, CountryNames(2)));

    private readonly Dictionary<string, GlossaryEntry> _entries;

    // A word's stem shorter than this is not extended to a longer key (PrefixMatch).
    private const int MinPrefix = 5;

    // The shortest key a misspelt word is matched to (TypoMatch): shorter words have too many neighbours.
    private const int MinTypoKey = 5;

    // The longest word CorrectedMatch tries: each letter is tried replaced and added (about 70 words a letter, each
    // stemmed), about 1 ms a word of ten letters; longer words are rare, and a string of letters as long as a
    // paragraph would cost ever more.
    private const int MaxCorrectedLength = 16;

    // How many letters a stem may be extended by to meet a key (Russian "-ую" verbs: "блокиру" → "блокирова").
    private const int MaxExtension = 3;

    // Every key of a word that is part of a term of several words: a question word's other keys cannot be.
    private readonly HashSet<string> _phraseWordKeys;

    // The terms' own keys (their words as written), as against the keys they share (stems, roots).
    private readonly HashSet<string> _ownKeys;

    // The keys of one word, in ordinal order, for PrefixMatch.
    private readonly string[] _wordKeys;

    // The same keys by length, for TypoMatch (a misspelling is at most a letter longer or shorter).
    private readonly ILookup<int, string> _wordKeysByLength;

    private Glossary(Dictionary<string, GlossaryEntry> entries, HashSet<string> ownKeys, HashSet<string> phraseWordKeys, List<GlossaryEntry> terms, List<(GlossaryEntry, GlossaryEntry)> clashes, Func<string, IReadOnlyList<string>> questionKeys, int maxWords)
    {
        _entries = entries;
        _ownKeys = ownKeys;
        _phraseWordKeys = phraseWordKeys;
        _wordKeys = [.. entries.Keys.Where(k => !k.Contains(' ', StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
        _wordKeysByLength = _wordKeys.ToLookup(k => k.Length);
        Terms = terms;
        Clashes = clashes;
        QuestionKeys = questionKeys;
        MaxWords = maxWords;
    }

    /// <summary>The Russian glossary.</summary>
    public static Glossary Russian => RussianGlossary.Value;

    /// <summary>The Kazakh glossary.</summary>
    public static Glossary Kazakh => KazakhGlossary.Value;

    /// <summary>The keys a question word may be found under, the likeliest first.</summary>
    public Func<string, IReadOnlyList<string>> QuestionKeys { get; }

    /// <summary>The longest term, in words.</summary>
    public int MaxWords { get; }

    /// <summary>Every term of the glossary's file once, in file order.</summary>
    public IReadOnlyList<GlossaryEntry> Terms { get; }

    /// <summary>The country names added from <c>Resources/country-names.tsv</c> (those the file does not have).</summary>
    public IReadOnlyList<GlossaryEntry> Countries { get; private init; } = [];

    /// <summary>Terms filed under a key an earlier term already had: each would never be found there.</summary>
    public IReadOnlyList<(GlossaryEntry Kept, GlossaryEntry Shadowed)> Clashes { get; }

    /// <summary>The glossary for a language, or null when it has none.</summary>
    public static Glossary? For(Language language) => language switch
    {
        Language.Russian => Russian,
        Language.Kazakh => Kazakh,
        _ => null,
    };

    /// <summary>A Russian word's keys: the word as written, then its Snowball stem.</summary>
    public static IReadOnlyList<string> RussianKeys(string word)
    {
        var stem = RussianStems.Stem(word);
        return stem == word ? [word] : [word, stem];
    }

    /// <summary>
    /// A Russian word's keys for the glossary: <see cref="RussianKeys"/>, then, for the word or stem that ends in
    /// consonant, "о"/"е", consonant, the same without that vowel (and with a soft sign in its place): the fleeting
    /// vowel, which some forms of a word have and others lack. So "пыток" meets "пытка" by "пытк", "тюрем" meets "тюрьма" by
    /// "тюрьм", and "отцом" (stem "отц") meets "отец", filed under "отц" too. A word in "-ей"/"-ай" also has the key
    /// without its "й" ("еврей" meets "евреев" by "евре"), and a verb in "-ат" after ж, ч, ш or щ the key without
    /// its "-ат" ("лечат" meets "лечить" by "леч").
    /// </summary>
    public static IReadOnlyList<string> RussianFleetingKeys(string word)
    {
        var keys = RussianKeys(word);
        List<string>? all = null;

        // Two forms Snowball cuts apart from the rest of their word: a noun in "-ей"/"-ай" loses the whole ending in
        // the dictionary form ("еврей" → евр) but keeps its vowel in the others ("евреев" → евре), so it is filed
        // under its vowel too; a verb's "-ат" after ж, ч, ш, щ (the "-ят" of "-ить" verbs there) is not cut at all
        // ("лечат", against "лечить" → леч).
        if (word.Length >= 5 && (word.EndsWith("ей", StringComparison.Ordinal) || word.EndsWith("ай", StringComparison.Ordinal)))
        {
            all = [.. keys, word[..^1]];
        }
        else if (word.Length >= 5 && word.EndsWith("ат", StringComparison.Ordinal) && word[^3] is 'ж' or 'ч' or 'ш' or 'щ')
        {
            all = [.. keys, word[..^2]];
        }

        foreach (var key in keys)
        {
            if (key.Length >= 4 && IsConsonant(key[^1]) && key[^2] is 'о' or 'е' && IsConsonant(key[^3]))
            {
                all ??= [.. keys];
                all.Add(string.Concat(key.AsSpan(0, key.Length - 2), key.AsSpan(key.Length - 1)));
                all.Add(string.Concat(key.AsSpan(0, key.Length - 2), "ь", key.AsSpan(key.Length - 1)));
            }
        }

        return all is null ? keys : all.Distinct(StringComparer.Ordinal).ToList();
    }

    private static bool IsConsonant(char letter) => "бвгджзклмнпрстфхцчшщ".Contains(letter, StringComparison.Ordinal);

    /// <summary>
    /// The longest term that starts at word <paramref name="start"/> of a question whose words have the keys
    /// <paramref name="keys"/> (<see cref="QuestionKeys"/> of each), how many words it spans, and whether it was found
    /// by its words as written (not by a stem or root it shares); null when none is found.
    /// </summary>
    public (GlossaryEntry Entry, int Words, bool AsWritten)? Match(IReadOnlyList<IReadOnlyList<string>> keys, int start)
    {
        ArgumentNullException.ThrowIfNull(keys);
        for (var words = Math.Min(MaxWords, keys.Count - start); words >= 1; words--)
        {
            var perWord = Math.Max(1, (int)Math.Floor(Math.Pow(MaxCombinations, 1.0 / words)));
            var span = keys.Skip(start).Take(words).Select(k => (words == 1 ? k : k.Where(_phraseWordKeys.Contains)).Take(perWord).ToList()).ToList();
            if (span.Any(k => k.Count == 0))
            {
                continue;
            }

            // A term found by its words as written comes before one found by a key it only shares: the form "суда"
            // (of суд, court) is also the stem Snowball cuts "судан" to, and must not be read as Sudan.
            GlossaryEntry? shared = null;
            foreach (var key in Combinations(span))
            {
                if (_entries.TryGetValue(key, out var entry))
                {
                    if (_ownKeys.Contains(key))
                    {
                        return (entry, words, true);
                    }

                    shared ??= entry;
                }
            }

            if (shared is not null)
            {
                return (shared, words, false);
            }
        }

        return null;
    }

    /// <summary>
    /// For a word no key matches: the term whose key is the word's stem extended by a few letters, the shortest such
    /// key (Snowball leaves "блокируют" at "блокиру" but "блокировать" at "блокирова"), or else its stem less its
    /// last letter extended ("погибло" → погибл → погиб…: "погибший"); null when none is.
    /// </summary>
    public GlossaryEntry? PrefixMatch(IReadOnlyList<string> wordKeys)
    {
        ArgumentNullException.ThrowIfNull(wordKeys);
        var shortened = wordKeys.Where(k => k.Length > MinPrefix).Select(k => k[..^1]);
        foreach (var key in wordKeys.Concat(shortened).Where(k => k.Length >= MinPrefix))
        {
            var at = Array.BinarySearch(_wordKeys, key, StringComparer.Ordinal);
            at = at < 0 ? ~at : at;
            string? best = null;
            for (; at < _wordKeys.Length && _wordKeys[at].StartsWith(key, StringComparison.Ordinal); at++)
            {
                if (_wordKeys[at].Length - key.Length <= MaxExtension && (best is null || _wordKeys[at].Length < best.Length))
                {
                    best = _wordKeys[at];
                }
            }

            if (best is not null)
            {
                return _entries[best];
            }
        }

        return null;
    }

    /// <summary>
    /// A misspelt word's term: the single-word key one letter away (a letter wrong, missing, extra, or two swapped,
    /// never the first) from one of <paramref name="wordKeys"/> of at least <see cref="MinTypoKey"/> letters, the
    /// word's own form tried first ("блокирвка" → блокировка, "мексеке" → Мексика, "депортирывала" →
    /// депортировать); null when none, or when two terms are equally near (a guess between two meanings is no
    /// translation: "посодили" is a letter from посадить and from посол).
    /// </summary>
    public GlossaryEntry? TypoMatch(IReadOnlyList<string> wordKeys)
    {
        ArgumentNullException.ThrowIfNull(wordKeys);
        foreach (var key in wordKeys.Where(k => k.Length >= MinTypoKey))
        {
            GlossaryEntry? found = null;
            foreach (var candidate in _wordKeysByLength[key.Length - 1].Concat(_wordKeysByLength[key.Length]).Concat(_wordKeysByLength[key.Length + 1]))
            {
                if (candidate.Length >= MinTypoKey && candidate[0] == key[0] && OneEditApart(key, candidate))
                {
                    var entry = _entries[candidate];
                    if (found is not null && !ReferenceEquals(found, entry))
                    {
                        found = null;
                        break;
                    }

                    found = entry;
                }
            }

            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>
    /// A misspelt inflected word's term, for a word <see cref="TypoMatch"/> finds none for: the term of the one word
    /// a letter away from it (a letter missing, extra, wrong, or two neighbours swapped, never the first) whose keys
    /// find a term as a question word's would ("правамм" → правам → право, "врачеей" → врачей → врач), where the
    /// misspelling also spoils the stem, so that no key is a letter from the word's own. Missing, doubled and
    /// swapped letters are tried first, then wrong and extra ones, each by a term's key; last, missing, doubled and
    /// swapped letters by the nearest longer key (<see cref="PrefixMatch"/>). Null when the word is shorter than
    /// <see cref="MinTypoKey"/> or longer than <see cref="MaxCorrectedLength"/>, when none is found, or when two
    /// terms are (a guess between two meanings is no translation).
    /// </summary>
    public GlossaryEntry? CorrectedMatch(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < MinTypoKey || word.Length > MaxCorrectedLength || !word.All(c => c is >= 'а' and <= 'я' or 'ё'))
        {
            return null;
        }

        return OnlyEntry(CheapEdits(word)) ?? OnlyEntry(LetterEdits(word)) ?? OnlyEntry(CheapEdits(word), byPrefix: true);
    }

    // The one term the words find (each by its likeliest key of at least MinTypoKey letters, or by PrefixMatch), or
    // null when none or several.
    private GlossaryEntry? OnlyEntry(IEnumerable<string> words, bool byPrefix = false)
    {
        GlossaryEntry? found = null;
        foreach (var candidate in words)
        {
            var keys = QuestionKeys(candidate);
            var entry = byPrefix ? PrefixMatch(keys) : keys.Where(k => k.Length >= MinTypoKey).Select(k => _entries.GetValueOrDefault(k)).FirstOrDefault(e => e is not null);
            if (entry is not null && !ReferenceEquals(found, entry))
            {
                if (found is not null)
                {
                    return null;
                }

                found = entry;
            }
        }

        return found;
    }

    // The word less one letter, or with two neighbours swapped (the first letter kept).
    private static IEnumerable<string> CheapEdits(string word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            yield return word.Remove(i, 1);
            if (i + 1 < word.Length && word[i] != word[i + 1])
            {
                yield return string.Concat(word.AsSpan(0, i), word[i + 1].ToString(), word[i].ToString(), word.AsSpan(i + 2));
            }
        }
    }

    // The word with one letter replaced, or one more letter (the first letter kept).
    private static IEnumerable<string> LetterEdits(string word)
    {
        const string letters = "абвгдежзийклмнопрстуфхцчшщъыьэюя";
        for (var i = 1; i <= word.Length; i++)
        {
            foreach (var letter in letters)
            {
                if (i < word.Length && letter != word[i])
                {
                    yield return string.Concat(word.AsSpan(0, i), letter.ToString(), word.AsSpan(i + 1));
                }

                yield return word.Insert(i, letter.ToString());
            }
        }
    }

    // Whether two different words are one edit apart: a substitution, an insertion or deletion, or two neighbours swapped.
    internal static bool OneEditApart(string a, string b)
    {
        if (a.Length > b.Length)
        {
            (a, b) = (b, a);
        }

        var start = 0;
        while (start < a.Length && a[start] == b[start])
        {
            start++;
        }

        if (a.Length == b.Length)
        {
            return start < a.Length
                && (a.AsSpan(start + 1).SequenceEqual(b.AsSpan(start + 1))
                    || (start + 1 < a.Length && a[start] == b[start + 1] && a[start + 1] == b[start] && a.AsSpan(start + 2).SequenceEqual(b.AsSpan(start + 2))));
        }

        return b.Length == a.Length + 1 && a.AsSpan(start).SequenceEqual(b.AsSpan(start + 1));
    }

    /// <summary>
    /// A glossary from its lines (term, English alternatives separated by " | "). A term is filed first under its
    /// words' first keys; its other keys go where no term is filed yet (a word as written outranks another's root).
    /// </summary>
    /// <param name="lines">The entries.</param>
    /// <param name="termKeys">The keys a term's word (in dictionary form) is filed under, the first the term's own.</param>
    /// <param name="questionKeys">The keys a question's word is looked up by.</param>
    /// <param name="countries">Country names (name, English name of world-countries.tsv), added where the file has no such term.</param>
    internal static Glossary Parse(
        IReadOnlyList<string[]> lines, Func<string, IReadOnlyList<string>> termKeys, Func<string, IReadOnlyList<string>> questionKeys, IReadOnlyList<string[]>? countries = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(termKeys);
        var entries = new Dictionary<string, GlossaryEntry>(StringComparer.Ordinal);
        var phraseWordKeys = new HashSet<string>(StringComparer.Ordinal);
        var terms = new List<(GlossaryEntry Entry, IReadOnlyList<IReadOnlyList<string>> Keys)>();
        var clashes = new List<(GlossaryEntry, GlossaryEntry)>();
        var maxWords = 1;
        foreach (var line in lines)
        {
            var words = CyrillicWords.Tokens(line[0]);
            if (words.Count == 0)
            {
                continue;
            }

            var entry = new GlossaryEntry(line[0], line[1].Split(AlternativeSeparator));
            var keys = words.Select(termKeys).ToList();
            terms.Add((entry, keys));
            var ownKey = string.Join(' ', keys.Select(k => k[0]));
            if (!entries.TryAdd(ownKey, entry))
            {
                clashes.Add((entries[ownKey], entry));
            }

            if (words.Count > 1)
            {
                phraseWordKeys.UnionWith(keys.SelectMany(k => k));
            }

            maxWords = Math.Max(maxWords, words.Count);
        }

        // Every country, so that a question about one without a report is told so ("I have no report for
        // Tajikistan") rather than searched in others: only where the file has no term of that name, and never a
        // name that is also an everyday word ("того", of that; "гана", typed for "ғана", only).
        var added = new List<GlossaryEntry>();
        foreach (var country in countries ?? [])
        {
            var words = CyrillicWords.Tokens(country[0]);
            var keys = words.Select(termKeys).ToList();
            var ownKey = string.Join(' ', keys.Select(k => k[0]));
            if (words.Count == 0 || (words.Count == 1 && GlossaryTranslator.IsEverydayWord(words[0])) || entries.ContainsKey(ownKey))
            {
                continue;
            }

            var entry = new GlossaryEntry(country[0], [country[1]]);
            entries[ownKey] = entry;
            added.Add(entry);
            terms.Add((entry, keys));
            maxWords = Math.Max(maxWords, words.Count);
        }

        // The other keys (a Russian word's stem, a Kazakh verb's root): where two terms share one (Snowball
        // takes "суд" and "судья" to one stem), a form found by it gets both terms' English.
        var own = new HashSet<string>(entries.Keys, StringComparer.Ordinal);
        foreach (var (entry, keys) in terms)
        {
            foreach (var key in Combinations(keys).Where(k => !own.Contains(k)))
            {
                entries[key] = entries.TryGetValue(key, out var shared) ? Merge(shared, entry) : entry;
            }
        }

        return new Glossary(entries, own, phraseWordKeys, [.. terms.Select(t => t.Entry).Except(added)], clashes, questionKeys, maxWords) { Countries = added };
    }

    private static List<string[]> CountryNames(int column) => [.. WordList.Read("country-names.tsv", 3).Select(e => new[] { e[column], e[0] })];

    private static GlossaryEntry Merge(GlossaryEntry first, GlossaryEntry second)
        => new($"{first.Term} / {second.Term}", [.. first.English.Union(second.English, StringComparer.Ordinal)]);

    // Every way of picking one key a word, joined by spaces, in order of the words' own key order.
    private static IEnumerable<string> Combinations(IReadOnlyList<IReadOnlyList<string>> keys)
    {
        IEnumerable<string> joined = [string.Empty];
        foreach (var wordKeys in keys)
        {
            var previous = joined;
            joined = previous.SelectMany(p => wordKeys.Select(k => p.Length == 0 ? k : p + " " + k));
        }

        return joined.Distinct(StringComparer.Ordinal);
    }
}
