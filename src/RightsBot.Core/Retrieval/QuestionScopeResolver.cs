using System.Globalization;
using System.Text.RegularExpressions;
using RightsBot.Core.Corpus;

namespace RightsBot.Core.Retrieval;

/// <summary>
/// Decides which reports a question is answered from: explicit filters first, then a country or year named in
/// the question ("in Brazil 2016", "Kazakh", "the latest report"), then the configured default country.
/// </summary>
internal sealed partial class QuestionScopeResolver
{
    private readonly IReadOnlyList<Report> _reports;
    private readonly HashSet<int> _years;
    private readonly CountryFinder _countries;

    [GeneratedRegex(@"(?<![\d])(19|20)\d{2}(?![\d])")]
    private static partial Regex YearRegex();

    [GeneratedRegex(@"\b(latest|most recent|newest|current|last year'?s?|this year'?s?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LatestRegex();

    // "the latest report", "the newest Kazakh report", "this year's human rights report": the newest report itself.
    [GeneratedRegex(@"\b(latest|most recent|newest|current|last year'?s?|this year'?s?)\s+(?:[\p{L}'’-]+\s+){0,3}?reports?\b", RegexOptions.IgnoreCase)]
    private static partial Regex LatestReportRegex();

    [GeneratedRegex(@"\b(country )?reports?\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReportWordRegex();

    public QuestionScopeResolver(IReadOnlyList<Report> reports)
    {
        _reports = reports;
        _years = reports.Select(r => r.Year).ToHashSet();
        _countries = new CountryFinder(reports);
    }

    /// <summary>The country of the report at this index, by its latest title ("China (Includes Hong Kong, Macau, and Tibet)").</summary>
    public string CountryOf(int reportIndex) => _countries.DisplayName(_countries.KeyOf(reportIndex));

    /// <summary>The key a report's country is known by (see <see cref="CountryFinder.CountryKey"/>).</summary>
    internal static string CountryKey(string country) => CountryFinder.CountryKey(country);

    /// <summary>The years of the corpus's reports, oldest first.</summary>
    public IReadOnlyList<int> Years => [.. _years.Order()];

    /// <summary>The countries a question names as a list ("Do Kazakhstan, Kyrgyzstan and Uzbekistan …"), by key; see <see cref="CountryFinder.FindListedCountries"/>.</summary>
    public IReadOnlyList<string> ListedCountries(string question) => _countries.FindListedCountries(" " + CountryFinder.Normalize(question) + " ");

    /// <summary>The key of a country the corpus has, by any of its names or titles; null when it has none.</summary>
    public string? CountryKeyFor(string name) => _countries.MatchCountryName(name);

    /// <summary>A country's name by its latest report's title, from its key.</summary>
    public string DisplayNameOf(string key) => _countries.DisplayName(key);

    /// <summary>The years of a country's reports (by key), oldest first.</summary>
    public IReadOnlyList<int> YearsOf(string key)
        => [.. Enumerable.Range(0, _reports.Count).Where(i => _countries.KeyOf(i) == key).Select(i => _reports[i].Year).Distinct().Order()];

    /// <summary>The question without these countries' names and these years: the topic they are compared on.</summary>
    public string WithoutScopeWords(string question, IEnumerable<string> countryKeys, IEnumerable<int> years)
    {
        var text = question;
        foreach (var key in countryKeys)
        {
            text = _countries.AliasRegex(key, nationalityWords: false).Replace(text, " ");
        }

        foreach (var year in years)
        {
            text = Regex.Replace(text, CountryFinder.WordPattern(year.ToString(CultureInfo.InvariantCulture)), " ", RegexOptions.CultureInvariant);
        }

        text = ReportWordRegex().Replace(LatestRegex().Replace(text, " "), " ");
        return text.Any(char.IsLetterOrDigit) ? text : question;
    }

    public ReportScope Resolve(string question, string? explicitCountry, int? explicitYear, string? defaultCountry)
    {
        string? misspelt = null;
        var words = " " + CountryFinder.Normalize(question) + " ";
        var country = explicitCountry is null ? _countries.FindCountry(question, words, FindYear(question)) : _countries.MatchCountryName(explicitCountry);
        if (country is null && explicitCountry is null)
        {
            (country, misspelt) = _countries.FindMisspeltCountry(words);
        }

        if (explicitCountry is not null && country is null)
        {
            return new ReportScope([], explicitCountry, explicitYear, $"'{explicitCountry}'");
        }

        if (country is null && explicitCountry is null && _countries.FindAbsentCountry(question, words) is { } absent)
        {
            return new ReportScope([], absent, explicitYear, absent);
        }

        var year = explicitYear ?? FindYear(question);
        if (country is null && year is null && !string.IsNullOrWhiteSpace(defaultCountry))
        {
            country = _countries.MatchCountryName(defaultCountry);
        }

        // "latest", "current" without "report" mean what naming no year means: the newest report that covers it.
        if (explicitYear is null && year is null && LatestReportRegex().IsMatch(question))
        {
            year = _reports.Where((r, i) => country is null || _countries.KeyOf(i) == country)
                .Select(r => (int?)r.Year).DefaultIfEmpty(null).Max();
        }

        if (country is null && year is null)
        {
            return new ReportScope(null, null, null) { TopicText = question };
        }

        var indices = new List<int>();
        for (var i = 0; i < _reports.Count; i++)
        {
            var r = _reports[i];
            if ((country is null || _countries.KeyOf(i) == country) && (year is null || r.Year == year))
            {
                indices.Add(i);
            }
        }

        // "killed since 2016", "the 2021 protests": a year in the question may date an event rather than name a
        // report. With no report of the country for that year, its later reports are searched (they go back over
        // earlier events), unless the question names the year's report ("the 2016 report"): that one is missing.
        var stripYear = year;
        if (indices.Count == 0 && country is not null && explicitYear is null && year is not null && !NamesReportOfYear(question, year.Value))
        {
            for (var i = 0; i < _reports.Count; i++)
            {
                if (_countries.KeyOf(i) == country && _reports[i].Year > year)
                {
                    indices.Add(i);
                }
            }

            if (indices.Count > 0)
            {
                year = null;
                stripYear = null;
            }
        }

        var display = country is null ? null : _countries.DisplayName(country);
        if (indices.Count == 0)
        {
            var what = display is not null && year is not null ? $"{display} {year}" : display ?? year?.ToString(CultureInfo.InvariantCulture);
            return new ReportScope(indices, display, year, what);
        }

        var topic = StripScopeWords(question, country, stripYear, misspelt);
        var bare = country is null ? topic : _countries.AliasRegex(country, nationalityWords: true).Replace(topic, " ");
        return new ReportScope(indices, display, year)
        {
            TopicText = topic,
            BareTopicText = bare == topic || !bare.Any(char.IsLetterOrDigit) ? null : bare,
            LatestFirst = country is not null && year is null ? YearsNewestFirst(indices) : null,
            ByNationalityWord = explicitCountry is null && misspelt is null && country is not null
                && !_countries.AliasRegex(country, nationalityWords: false).IsMatch(question),
        };
    }

    // The country's reports by year, newest first; null when there is only one year to choose from.
    private List<ScopeYear>? YearsNewestFirst(List<int> indices)
    {
        var years = indices.GroupBy(i => _reports[i].Year).OrderByDescending(g => g.Key).Select(g => new ScopeYear(g.Key, [.. g])).ToList();
        return years.Count > 1 ? years : null;
    }

    // "the 2016 report", "2016 country report", "report for 2016", "in Nigeria's 2016 human rights report".
    private static bool NamesReportOfYear(string question, int year)
    {
        var y = year.ToString(CultureInfo.InvariantCulture);
        return Regex.IsMatch(question, $@"\b{y}(?:\s+[\p{{L}}'’-]+){{0,2}}?\s+reports?\b|\breports?(?:\s+[\p{{L}}'’-]+){{0,2}}?\s+{y}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    private string StripScopeWords(string question, string? country, int? year, string? misspelt)
    {
        var text = question;
        if (misspelt is not null)
        {
            text = Regex.Replace(text, CountryFinder.WordPattern(misspelt), " ", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }

        if (country is not null)
        {
            text = _countries.AliasRegex(country, nationalityWords: false).Replace(text, " ");
        }

        if (year is not null)
        {
            text = Regex.Replace(text, CountryFinder.WordPattern(year.Value.ToString(CultureInfo.InvariantCulture)), " ", RegexOptions.CultureInvariant);
        }

        text = LatestRegex().Replace(text, " ");
        text = ReportWordRegex().Replace(text, " ");

        // Keep the original when nothing but scope words was asked ("Kazakhstan 2016?").
        return text.Any(char.IsLetterOrDigit) ? text : question;
    }

    private int? FindYear(string question)
    {
        foreach (Match m in YearRegex().Matches(question))
        {
            var y = int.Parse(m.Value, CultureInfo.InvariantCulture);
            if (_years.Contains(y))
            {
                return y;
            }
        }

        return null;
    }
}
