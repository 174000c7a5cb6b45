using System.Globalization;
using System.Text.RegularExpressions;
using RightsBot.Core.Text;

namespace RightsBot.Core.Fetching;

/// <summary>
/// The report pages known to exist, by year: the 1,748 reports of the 2016–2024 editions, from the embedded list
/// <c>Resources/report-catalog.tsv</c>. A year it lacks is read from that year's index page instead.
/// </summary>
public sealed partial class ReportCatalog
{
    internal const string FileName = "report-catalog.tsv";

    private static readonly Lazy<ReportCatalog> ShippedCatalog = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<int, IReadOnlyList<ReportEntry>> _byYear;

    public ReportCatalog(IEnumerable<ReportEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = [.. entries.OrderBy(e => e.Year).ThenBy(e => e.Slug, StringComparer.Ordinal)];
        _byYear = Entries.GroupBy(e => e.Year).ToDictionary(g => g.Key, g => (IReadOnlyList<ReportEntry>)[.. g]);
        Years = [.. _byYear.Keys.Order()];
    }

    /// <summary>The catalog shipped in the assembly.</summary>
    public static ReportCatalog Shipped => ShippedCatalog.Value;

    /// <summary>Every entry, by year, then slug.</summary>
    public IReadOnlyList<ReportEntry> Entries { get; }

    /// <summary>The years it lists, oldest first.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>The reports of a year, or null when the catalog does not list that year.</summary>
    public IReadOnlyList<ReportEntry>? InYear(int year) => _byYear.GetValueOrDefault(year);

    /// <summary>True for a slug as state.gov writes them: lower-case letters, digits and single hyphens.</summary>
    public static bool IsSlug(string slug) => SlugRegex().IsMatch(slug);

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugRegex();

    private static ReportCatalog Load()
    {
        var entries = new List<ReportEntry>();
        foreach (var fields in WordList.Read(FileName, 3))
        {
            if (!int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || !IsSlug(fields[1]))
            {
                throw new InvalidDataException($"{FileName}: \"{fields[0]}\t{fields[1]}\" is not a year and a slug");
            }

            entries.Add(new ReportEntry(year, fields[1], fields[2]));
        }

        return new ReportCatalog(entries);
    }
}
