using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using RightsBot.Core.Answering;

namespace RightsBot.Telegram.Countries;

/// <summary>
/// The countries the <c>/country</c> keyboard offers: one entry a country, alphabetical, each with its years latest
/// first. Buttons name a country by its index here, so the catalog carries a <see cref="Version"/> that changes
/// whenever the list does, and a button from an older list can be told apart from a current one.
/// </summary>
internal sealed class CountryCatalog
{
    private const int VersionLength = 6;
    private static readonly CompareInfo Compare = CultureInfo.InvariantCulture.CompareInfo;

    private CountryCatalog(IReadOnlyList<CountryEntry> countries)
    {
        Countries = countries;
        var names = Encoding.UTF8.GetBytes(string.Join('\n', countries.Select(c => c.Name)));
        Version = Convert.ToHexStringLower(SHA256.HashData(names))[..VersionLength];
    }

    public IReadOnlyList<CountryEntry> Countries { get; }

    /// <summary>A short fingerprint of the country names in order (hex, <see cref="VersionLength"/> characters).</summary>
    public string Version { get; }

    public static CountryCatalog From(IEnumerable<ReportInfo> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var countries = reports
            .GroupBy(r => r.Country.Trim(), StringComparer.OrdinalIgnoreCase)
            .Select(g => new CountryEntry(g.First().Country.Trim(), [.. g.Select(r => r.Year).Distinct().OrderDescending()]))
            .Order(Comparer<CountryEntry>.Create((a, b) => Compare.Compare(a.Name, b.Name, CompareOptions.IgnoreCase)))
            .ToList();
        return new CountryCatalog(countries);
    }

    /// <summary>
    /// The indexes of the countries whose name contains <paramref name="filter"/> (so also those it begins), ignoring
    /// case and accents; every country for an empty filter.
    /// </summary>
    public IReadOnlyList<int> Matching(string? filter)
    {
        var wanted = filter?.Trim() ?? string.Empty;
        return [.. Enumerable.Range(0, Countries.Count)
            .Where(i => wanted.Length == 0
                || Compare.IndexOf(Countries[i].Name, wanted, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0)];
    }
}
