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
    private readonly List<(string Alias, string Country)> _aliases;
    private readonly HashSet<int> _years;

    [GeneratedRegex(@"(?<![\d])(19|20)\d{2}(?![\d])")]
    private static partial Regex YearRegex();

    [GeneratedRegex(@"\b(latest|most recent|newest|current|last year'?s?|this year'?s?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LatestRegex();

    public QuestionScopeResolver(IReadOnlyList<Report> reports)
    {
        _reports = reports;
        _years = reports.Select(r => r.Year).ToHashSet();
        var countries = reports.Select(r => r.Country).Distinct(StringComparer.OrdinalIgnoreCase);
        _aliases = [];
        foreach (var country in countries)
        {
            _aliases.Add((Normalize(country), country));
            if (country.StartsWith("The ", StringComparison.OrdinalIgnoreCase))
            {
                _aliases.Add((Normalize(country[4..]), country));
            }

            if (CountryAliases.ByCountry.TryGetValue(country, out var aliases))
            {
                _aliases.AddRange(aliases.Select(a => (Normalize(a), country)));
            }
        }

        // Longest alias first, so "north korea" wins over "korea".
        _aliases.Sort((a, b) => b.Alias.Length.CompareTo(a.Alias.Length));
    }

    public ReportScope Resolve(string question, string? explicitCountry, int? explicitYear, string? defaultCountry)
    {
        var country = explicitCountry is null ? FindCountry(question) : MatchCountryName(explicitCountry);
        if (explicitCountry is not null && country is null)
        {
            return new ReportScope([], explicitCountry, explicitYear, $"no report for '{explicitCountry}'");
        }

        var year = explicitYear ?? FindYear(question);
        if (country is null && year is null && !string.IsNullOrWhiteSpace(defaultCountry))
        {
            country = MatchCountryName(defaultCountry);
        }

        if (explicitYear is null && year is null && LatestRegex().IsMatch(question))
        {
            year = _reports.Where(r => country is null || r.Country.Equals(country, StringComparison.OrdinalIgnoreCase))
                .Select(r => (int?)r.Year).DefaultIfEmpty(null).Max();
        }

        if (country is null && year is null)
        {
            return new ReportScope(null, null, null);
        }

        var indices = new List<int>();
        for (var i = 0; i < _reports.Count; i++)
        {
            var r = _reports[i];
            if ((country is null || r.Country.Equals(country, StringComparison.OrdinalIgnoreCase)) && (year is null || r.Year == year))
            {
                indices.Add(i);
            }
        }

        if (indices.Count == 0)
        {
            var what = country is not null && year is not null ? $"{country} {year}" : country ?? year?.ToString(CultureInfo.InvariantCulture);
            return new ReportScope(indices, country, year, $"no report for {what}");
        }

        return new ReportScope(indices, country, year);
    }

    private string? MatchCountryName(string name)
    {
        var normalized = Normalize(name);
        foreach (var (alias, country) in _aliases)
        {
            if (alias == normalized)
            {
                return country;
            }
        }

        return null;
    }

    private string? FindCountry(string question)
    {
        var text = " " + Normalize(question) + " ";
        foreach (var (alias, country) in _aliases)
        {
            if (text.Contains(" " + alias + " ", StringComparison.Ordinal))
            {
                return country;
            }
        }

        return null;
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

    // Lower case, letters and digits only, single spaces; "Kazakhstan's" → "kazakhstan s".
    private static string Normalize(string text)
    {
        var chars = text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray();
        return string.Join(' ', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
