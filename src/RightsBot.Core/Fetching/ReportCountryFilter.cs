using RightsBot.Core.Corpus;
using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Fetching;

/// <summary>
/// Matches country names given by a user against report entries, as a question's country is matched: by its key
/// (<see cref="CountryFinder.CountryKey"/>), through the names, aliases and near misspellings the catalog's
/// reports and the country lists know, so "Kyrgyzstan" selects the Kyrgyz Republic's reports of every year.
/// </summary>
internal sealed class ReportCountryFilter
{
    private readonly HashSet<string> _keys;

    private ReportCountryFilter(HashSet<string> keys) => _keys = keys;

    /// <summary>Resolves each name to a country; throws <see cref="FormatException"/> naming the first that matches none.</summary>
    public static ReportCountryFilter Create(IReadOnlyList<string> names, ReportCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(catalog);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (names.Count == 0)
        {
            return new ReportCountryFilter(keys);
        }

        var reports = catalog.Entries.Select(e => new Report($"{e.Slug}-{e.Year}", e.Country, e.Year, e.Country, e.Name)).ToList();
        var finder = new CountryFinder(reports);
        var world = WorldCountries.Names.ToHashSet(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var key = finder.MatchCountryName(name)
                ?? finder.FindMisspeltCountry(CountryFinder.Normalize(name)).Country
                ?? (world.Contains(CountryFinder.CountryKey(name)) ? CountryFinder.CountryKey(name) : null)
                ?? throw new FormatException($"'{name}' names no country the reports cover");
            keys.Add(key);
        }

        return new ReportCountryFilter(keys);
    }

    /// <summary>True when no country was named, or the entry's country is one of them.</summary>
    public bool Matches(ReportEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return _keys.Count == 0 || _keys.Contains(CountryFinder.CountryKey(entry.Country));
    }
}
