using System.Text.RegularExpressions;
using RightsBot.Core.Corpus;

namespace RightsBot.Core.Retrieval;

/// <summary>
/// Finds the countries a question names, among the corpus's reports and the State Department's other countries.
/// Countries are handled by key: the short name the State Department's country list uses ("china"), so that one
/// country's reports are found together though their titles differ by year ("China (Includes Tibet, Hong Kong,
/// and Macau)", "China (Includes Hong Kong, Macau, and Tibet)"; "Turkey", "Turkey (Türkiye)").
/// </summary>
internal sealed partial class CountryFinder
{
    // Shorter names are too close to other words ("niger", "oman") to guess a misspelling.
    private const int MinMisspeltNameLength = 6;

    // Words before a country that place what is asked about in it (the text is normalised: " in the", not " in").
    private static readonly string[] PlaceWords = [" in", " in the", " inside", " within", " throughout", " across"];

    private readonly IReadOnlyList<Report> _reports;
    private readonly string[] _keyOfReport;
    private readonly Dictionary<string, string> _displayName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _namesOf = new(StringComparer.Ordinal);
    private readonly List<(string Alias, string Country)> _aliases;
    private readonly string[] _paddedAliases; // " alias ", as FindCountry looks for it; one for each of _aliases
    private readonly string[] _absentCountries;
    private readonly string[] _paddedAbsentCountries;
    private readonly Lazy<Dictionary<string, string>> _misspellings;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Country, bool NationalityWords), Regex> _aliasRegexes = new();

    [GeneratedRegex(@"(?!)")]
    private static partial Regex NothingRegex();

    public CountryFinder(IReadOnlyList<Report> reports)
    {
        _reports = reports;
        _keyOfReport = [.. reports.Select(r => CountryKey(r.Country))];
        _aliases = [];
        foreach (var i in Enumerable.Range(0, reports.Count).OrderBy(i => reports[i].Year))
        {
            // The latest report's title names the country in messages ("I have no report for … 2015").
            var key = _keyOfReport[i];
            _displayName[key] = reports[i].Country;
            if (!_namesOf.TryGetValue(key, out var names))
            {
                _namesOf[key] = names = [key];
            }

            names.Add(Normalize(reports[i].Country));
            if (reports[i].Country.StartsWith("The ", StringComparison.OrdinalIgnoreCase))
            {
                names.Add(Normalize(reports[i].Country[4..]));
            }
        }

        foreach (var (key, names) in _namesOf)
        {
            names.UnionWith(CountryAliases.ByCountry.TryGetValue(key, out var more) ? more.Select(Normalize).Where(CountryAliases.Names.Contains) : []);
            _aliases.AddRange(names.Select(n => (n, key)));
            if (CountryAliases.ByCountry.TryGetValue(key, out var aliases))
            {
                _aliases.AddRange(aliases.Select(Normalize).Where(a => !names.Contains(a)).Select(a => (a, key)));
            }
        }

        var known = _aliases.Select(a => a.Alias).ToHashSet(StringComparer.Ordinal);
        _absentCountries = WorldCountries.Names.Where(n => !known.Contains(n)).ToArray();

        // Longest alias first, so "north korea" wins over "korea".
        _aliases.Sort((a, b) => b.Alias.Length.CompareTo(a.Alias.Length));
        _paddedAliases = [.. _aliases.Select(a => " " + a.Alias + " ")];
        _paddedAbsentCountries = [.. _absentCountries.Select(n => " " + n + " ")];
        _misspellings = new(() => Misspellings(known));
    }

    /// <summary>The key of the report at this index's country.</summary>
    public string KeyOf(int reportIndex) => _keyOfReport[reportIndex];

    /// <summary>A country's name by its latest report's title.</summary>
    public string DisplayName(string key) => _displayName[key];

    /// <summary>
    /// The key a report's country is known by: the name from the State Department's country list it starts with
    /// ("China (Includes Hong Kong, Macau, and Tibet)" → china, "Israel, West Bank and Gaza" → israel, "The
    /// Gambia" → gambia), else the country an older name belongs to ("Swaziland" → eswatini), else the whole
    /// name; in lower case without accents or punctuation.
    /// </summary>
    internal static string CountryKey(string country)
    {
        var name = Normalize(country);
        if (name.StartsWith("the ", StringComparison.Ordinal))
        {
            name = name[4..];
        }

        return WorldCountries.Names.Where(w => name == w || name.StartsWith(w + " ", StringComparison.Ordinal)).MaxBy(w => w.Length)
            ?? CountryAliases.ByCountry.FirstOrDefault(kv => kv.Value.Any(a => Normalize(a) == name && CountryAliases.Names.Contains(Normalize(a)))).Key
            ?? name;
    }

    // One edit from a one-word name ("kazakstan", "kyrgystan", "nigera"); a spelling that could be either of two
    // countries, or that is itself a name, is left alone. Nationality words are not guessed at: too many English
    // words are one edit from one ("finish" from Finnish, "vanish" from Danish).
    private Dictionary<string, string> Misspellings(HashSet<string> known)
    {
        var map = new Dictionary<string, string?>(StringComparer.Ordinal);
        var world = WorldCountries.Names.ToHashSet(StringComparer.Ordinal);
        foreach (var (alias, country) in _aliases.Where(a => a.Alias.Length >= MinMisspeltNameLength && !a.Alias.Contains(' ', StringComparison.Ordinal) && _namesOf[a.Country].Contains(a.Alias)))
        {
            foreach (var variant in SpellingCorrector.Edits(alias))
            {
                if (known.Contains(variant) || world.Contains(variant))
                {
                    continue;
                }

                map[variant] = map.TryGetValue(variant, out var other) && other != country ? null : country;
            }
        }

        return map.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value!, StringComparer.Ordinal);
    }

    public (string? Country, string? Word) FindMisspeltCountry(string words)
    {
        foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length >= MinMisspeltNameLength - 1 && _misspellings.Value.TryGetValue(word, out var country))
            {
                return (country, word);
            }
        }

        return (null, null);
    }

    // The country's names ("Kazakhstan", "Kyrgyzstan", "The Gambia"/"Gambia") or, with nationalityWords, its
    // other aliases ("Kazakh", "Ukrainians"); one compiled pattern per country, longest alias first.
    public Regex AliasRegex(string country, bool nationalityWords)
        => _aliasRegexes.GetOrAdd((country, nationalityWords), key =>
        {
            var names = _namesOf[key.Country];
            var aliases = _aliases
                .Where(a => a.Country == key.Country && names.Contains(a.Alias) != key.NationalityWords)
                .Select(a => WordPattern(a.Alias))
                .ToList();
            return aliases.Count == 0
                ? NothingRegex()
                : new Regex(string.Join('|', aliases), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
        });

    // A word or phrase, its words separated by anything but letters and digits, with an optional "'s".
    public static string WordPattern(string words)
        => @"\b" + string.Join(@"[^\p{L}\p{N}]+", words.Split(' ').Select(Regex.Escape)) + @"(?:['’]s)?\b";

    public string? MatchCountryName(string name)
    {
        var normalized = Normalize(name);
        foreach (var (alias, country) in _aliases)
        {
            if (alias == normalized)
            {
                return country;
            }
        }

        // A report's full title ("China (Includes Hong Kong, Macau, and Tibet)"), as a filter may give it.
        var key = CountryKey(name);
        return _namesOf.ContainsKey(key) ? key : null;
    }

    // The first country the question names; when it names several ("did Kazakhstan arrest activists because
    // Uzbekistan asked?"), the first one that has a report for the year it names. A nationality word other than
    // for the state ("Kazakh police", "the Uzbek government") names who or what is asked about, not which
    // report: "Afghan refugees", "Russian speakers", "Spanish". When the question also names a country, or a
    // state by its nationality word, that one is the scope ("were Afghan refugees deported from Germany?"). Of
    // several countries so named, one the question places something in is the scope: "what happened to the New
    // Zealand reporters held by police in Fiji?" asks Fiji's report.
    // text: the question as Normalize gives it, with a space before and after.
    public string? FindCountry(string question, string text, int? year)
    {
        var found = new List<(int Position, string Country, bool Weak, bool Place)>();
        for (var a = 0; a < _aliases.Count; a++)
        {
            var (alias, country) = _aliases[a];
            for (var at = text.IndexOf(_paddedAliases[a], StringComparison.Ordinal); at >= 0; at = text.IndexOf(_paddedAliases[a], at + 1, StringComparison.Ordinal))
            {
                var next = text[(at + alias.Length + 2)..].Split(' ', 2)[0];
                var place = PlacedIn(text, at);
                found.Add((at, country, !_namesOf[country].Contains(alias) && !CountryAliases.StateNouns.Contains(next), place));
            }
        }

        var countries = found.GroupBy(f => f.Country)
            .Select(g => (Position: g.Min(f => f.Position), Country: g.Key, Weak: g.All(f => f.Weak), Place: g.Any(f => f.Place && !f.Weak)))
            .ToList();
        if (countries.Count <= 1)
        {
            return countries.Count == 1 ? countries[0].Country : null;
        }

        if (countries.Any(c => !c.Weak))
        {
            countries.RemoveAll(c => c.Weak);
        }

        var ordered = countries.OrderBy(f => f.Place ? 0 : 1).ThenBy(f => f.Position).Select(f => f.Country).ToList();
        return ordered.FirstOrDefault(c => year is null || _reports.Where((r, i) => _keyOfReport[i] == c).Any(r => r.Year == year)) ?? ordered[0];
    }

    // Words that may stand between the countries of a list ("Kazakhstan, Kyrgyzstan and Uzbekistan", "in Brazil and in Mexico", "Kazakhstan vs
    // Uzbekistan", "Kazakhstan compared to Uzbekistan"); the text is normalised, so commas are already spaces.
    private static readonly HashSet<string> ListWords = new(StringComparer.Ordinal) { "and", "in", "for", "or", "nor", "vs", "versus", "v", "compared", "to", "with", "the", "also", "as", "well", "plus", "between", "against" };

    /// <summary>
    /// The countries the question names as a list, in its order: two or more of them, by name (not by a nationality
    /// word), with nothing between them but list words. Empty when it names none or one, or names them apart
    /// ("did Kazakhstan arrest activists because Uzbekistan asked?").
    /// </summary>
    /// <param name="text">The question as <see cref="Normalize"/> gives it, with a space before and after.</param>
    public IReadOnlyList<string> FindListedCountries(string text)
    {
        var found = new List<(int Start, int End, string Country)>();
        for (var a = 0; a < _aliases.Count; a++)
        {
            var (alias, country) = _aliases[a];
            if (!_namesOf[country].Contains(alias))
            {
                continue;
            }

            for (var at = text.IndexOf(_paddedAliases[a], StringComparison.Ordinal); at >= 0; at = text.IndexOf(_paddedAliases[a], at + 1, StringComparison.Ordinal))
            {
                var start = at + 1;
                var end = start + alias.Length;
                if (!found.Any(f => start < f.End && f.Start < end))
                {
                    found.Add((start, end, country));
                }
            }
        }

        found.Sort((x, y) => x.Start.CompareTo(y.Start));
        List<string> best = [];
        List<string> run = [];
        for (var i = 0; i < found.Count; i++)
        {
            var joined = i > 0 && text[found[i - 1].End..found[i].Start].Split(' ', StringSplitOptions.RemoveEmptyEntries).All(ListWords.Contains);
            if (!joined)
            {
                run = [];
            }

            if (!run.Contains(found[i].Country))
            {
                run.Add(found[i].Country);
            }

            if (run.Count > best.Count)
            {
                best = [.. run];
            }
        }

        return best.Count >= 2 ? best : [];
    }

    // Whether a place word ends the text before this position (the normalised text has single spaces and none
    // before a padded alias's own).
    private static bool PlacedIn(string text, int at)
    {
        var before = text.AsSpan(0, at);
        foreach (var word in PlaceWords)
        {
            if (before.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // A country the State Department reports on but this corpus lacks, named in the question.
    public string? FindAbsentCountry(string question, string text)
    {
        for (var n = 0; n < _absentCountries.Length; n++)
        {
            if (!text.Contains(_paddedAbsentCountries[n], StringComparison.Ordinal))
            {
                continue;
            }

            var name = _absentCountries[n];
            var display = string.Join(' ', name.Split(' ').Select(w => w is "and" or "the" or "of" ? w : char.ToUpperInvariant(w[0]) + w[1..]));
            if (WorldCountries.AmbiguousNames.Contains(name) && !question.Contains(display, StringComparison.Ordinal))
            {
                continue;
            }

            return display;
        }

        return null;
    }

    // Lower case without accents, letters and digits only, single spaces; "Kazakhstan's" → "kazakhstan s",
    // "Côte d'Ivoire" → "cote d ivoire".
    public static string Normalize(string text)
    {
        var chars = Text.TextUtil.RemoveDiacritics(text).ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray();
        return string.Join(' ', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
