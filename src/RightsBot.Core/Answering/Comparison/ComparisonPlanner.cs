using System.Globalization;
using System.Text.RegularExpressions;
using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Answering.Comparison;

/// <summary>
/// Tells a comparison from a plain question and plans it. A comparison names two or more countries as a list
/// ("Do Kazakhstan, Kyrgyzstan and Uzbekistan jail journalists?"), or two or more report years ("torture in
/// Uzbekistan 2019 vs 2024"), or asks how something changed in a country ("How did prison conditions in
/// Kazakhstan change?"), or is asked as one (<c>/compare</c>, <c>--years</c>, several <c>--country</c> values).
/// </summary>
internal static partial class ComparisonPlanner
{
    // Asked about change with no years named: the first and latest years, and up to this many between them.
    private const int YearsBetween = 2;

    // "how has … changed", "what changed", "over the years", "compared with earlier years": asked about change. A
    // question that only uses the word ("did Kazakhstan change its law on assembly?") is not.
    [GeneratedRegex(@"\bhow\s+(?:has|have|did|do|does|is|are)\b.*\b(?:chang|evolv|develop|improv|worse|deteriorat|progress)\w*|\bwhat(?:\s+has|\s+have|'s|\s+s)?\s+changed\b|\b(?:changed|evolved|improved|worsened|deteriorated|got\s+(?:better|worse))\s+(?:over|since|across|between|from|through)\b|\bover\s+(?:the|these)\s+(?:years|editions|reports)\b|\bover\s+time\b|\bacross\s+(?:the\s+)?(?:years|editions|reports)\b|\byear\s+(?:on|over|by|to)\s+year\b|\b(?:any|what)\s+changes?\b|\btrends?\b|\bcompar(?:e|ed|ing|ison)\b|\bvs\b|\bversus\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChangeRegex();

    // The words of comparing, taken out of the topic so that they do not pull passages about "changes".
    [GeneratedRegex(@"\b(?:chang\w*|evolv\w*|compar\w*|vs|versus|v|between|over\s+(?:the|these)\s+(?:years|editions)|over\s+time|across\s+(?:the\s+)?years|year\s+(?:on|over|by|to)\s+year|trends?|differen\w*|differ)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CompareWordsRegex();

    [GeneratedRegex(@"(?<![\d])(?:19|20)\d{2}(?![\d])")]
    private static partial Regex YearRegex();

    /// <summary>The comparison <paramref name="question"/> asks, or null for a plain question.</summary>
    /// <param name="scope">The corpus's countries and years.</param>
    /// <param name="question">The question with its explicit choices.</param>
    /// <param name="text">The question's text as searched (cleaned, shorthand spelt out).</param>
    /// <param name="defaultCountry">Corpus:DefaultCountry, for a question naming no country.</param>
    public static ComparisonPlan? Plan(QuestionScopeResolver scope, Question question, string text, string? defaultCountry)
    {
        var named = NamedYears(scope, text);

        // Several countries: one part each, from its latest report unless a year is chosen or named. Strictly that
        // report: "The 2024 report does not discuss this" is part of the comparison, not a reason to look further back.
        var listed = question.Country is { } explicitCountries && explicitCountries.Contains(',', StringComparison.Ordinal)
            ? explicitCountries.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList()
            : question.Country is null ? [.. scope.ListedCountries(text).Select(scope.DisplayNameOf)] : [];
        if (listed.Count >= 2)
        {
            var year = question.Year ?? (named.Count == 1 ? named[0] : null);
            var keys = listed.Select(scope.CountryKeyFor).ToList();
            var targets = listed.Select((c, i) => new ComparisonTarget(c, year ?? (keys[i] is { } k ? scope.YearsOf(k)[^1] : null)));
            return new ComparisonPlan(true, [.. targets], Topic(scope, text, keys.OfType<string>(), named)) { Year = year };
        }

        var asksChange = question.Compare || ChangeRegex().IsMatch(text);
        var years = question.Years is { Count: >= 2 } chosen ? [.. chosen.Distinct().Order()]
            : named.Count >= 2 && (asksChange || YearsListed(text)) ? named : [];
        var byYears = years.Count >= 2 && question.Year is null;
        var byChange = asksChange && question.Year is null && named.Count == 0;
        if (!byYears && !byChange)
        {
            // Most questions: no need to find their country (the pipeline's scope stage does that next).
            return null;
        }

        var country = question.Country ?? scope.Resolve(text, null, null, defaultCountry).Country;
        var key = country is null ? null : scope.CountryKeyFor(country);
        string[] countryKeys = key is null ? [] : [key];
        if (byYears)
        {
            return new ComparisonPlan(false, [.. years.Select(y => new ComparisonTarget(country, y))], Topic(scope, text, countryKeys, named));
        }

        if (key is not null)
        {
            var available = scope.YearsOf(key);
            if (available.Count >= 2)
            {
                return new ComparisonPlan(false, [.. Spread(available).Select(y => new ComparisonTarget(country, y))], Topic(scope, text, countryKeys, [])) { Spread = true };
            }
        }

        return null;
    }

    // The first and latest years and up to two between them, evenly spread.
    internal static IReadOnlyList<int> Spread(IReadOnlyList<int> years)
    {
        if (years.Count <= YearsBetween + 2)
        {
            return years;
        }

        var picked = new SortedSet<int> { years[0], years[^1] };
        for (var i = 1; i <= YearsBetween; i++)
        {
            picked.Add(years[(int)Math.Round(i * (years.Count - 1) / (double)(YearsBetween + 1))]);
        }

        return [.. picked];
    }

    // Words that may stand between the years of a list ("2016 and 2023", "2016 vs. the 2024 report", "in 2023 and
    // in 2024"), so that "the 2016 report on the Expo 2017 embezzlement" is one year's question.
    private static readonly HashSet<string> YearListWords = new(StringComparer.Ordinal)
    {
        "and", "or", "vs", "versus", "v", "compared", "to", "with", "between", "from", "against", "in", "the", "report", "reports", "edition", "editions", "s", "year", "years", "then", "through", "until", "till",
    };

    private static bool YearsListed(string text)
    {
        var words = Regex.Replace(text.ToLowerInvariant(), @"[^\p{L}\p{N}]+", " ").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var last = -1;
        for (var i = 0; i < words.Length; i++)
        {
            if (!YearRegex().IsMatch(words[i]) || words[i].Length != 4)
            {
                continue;
            }

            if (last >= 0 && words[(last + 1)..i].All(YearListWords.Contains))
            {
                return true;
            }

            last = i;
        }

        return false;
    }

    // Years named in the question that could be reports' years: from the corpus's first year to a year after its
    // last, so that a year dating an event long before ("the 2011 Zhanaozen shootings") is not taken for a report.
    private static List<int> NamedYears(QuestionScopeResolver scope, string text)
    {
        var all = scope.Years;
        if (all.Count == 0)
        {
            return [];
        }

        return [.. YearRegex().Matches(text).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture))
            .Where(y => y >= all[0] && y <= all[^1] + 1).Distinct().Order()];
    }

    private static string Topic(QuestionScopeResolver scope, string text, IEnumerable<string> countryKeys, IEnumerable<int> years)
    {
        var topic = CompareWordsRegex().Replace(scope.WithoutScopeWords(text, countryKeys, years), " ");
        topic = Regex.Replace(topic, @"\s+", " ").Trim();
        return topic.Any(char.IsLetterOrDigit) ? topic : text;
    }
}
