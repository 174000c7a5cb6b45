using System.Globalization;

namespace RightsBot.Core.Fetching;

/// <summary>Which editions to fetch: listed years, and whether the newest edition is wanted too.</summary>
/// <param name="Years">Editions named by year, oldest first, each once.</param>
/// <param name="Latest">Also the newest edition the site has, found by looking for index pages newer than the catalog's.</param>
public sealed record ReportYears(IReadOnlyList<int> Years, bool Latest)
{
    /// <summary>The oldest edition published at /reports/{year}-country-reports-on-human-rights-practices/; older ones live elsewhere.</summary>
    public const int FirstYear = 2016;

    private const string LatestWord = "latest";

    /// <summary>Every edition: the catalog's years and any newer one.</summary>
    public static ReportYears Every(ReportCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new ReportYears(catalog.Years, Latest: true);
    }

    /// <summary>
    /// Reads "2016-2024", "2023,2024", "latest" or a comma-separated mix of them; a year must lie between
    /// <see cref="FirstYear"/> and <paramref name="currentYear"/>.
    /// </summary>
    /// <exception cref="FormatException">The text is none of these; the message says why.</exception>
    public static ReportYears Parse(string text, int currentYear)
    {
        ArgumentNullException.ThrowIfNull(text);
        var years = new SortedSet<int>();
        var latest = false;
        foreach (var raw in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (raw.Equals(LatestWord, StringComparison.OrdinalIgnoreCase))
            {
                latest = true;
                continue;
            }

            var dash = raw.IndexOf('-', StringComparison.Ordinal);
            var from = Year(dash < 0 ? raw : raw[..dash], currentYear);
            var to = dash < 0 ? from : Year(raw[(dash + 1)..], currentYear);
            if (to < from)
            {
                throw new FormatException($"'{raw}' runs backwards; write the older year first");
            }

            for (var year = from; year <= to; year++)
            {
                years.Add(year);
            }
        }

        return new ReportYears([.. years], latest);
    }

    private static int Year(string text, int currentYear)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            throw new FormatException("a year is missing; write years like 2016-2024, 2023,2024 or latest");
        }

        if (!int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            throw new FormatException($"'{trimmed}' is not a year; write years like 2016-2024, 2023,2024 or latest");
        }

        if (year < FirstYear || year > currentYear)
        {
            throw new FormatException($"{year} is outside {FirstYear}–{currentYear}: the reports at this address begin with the {FirstYear} edition");
        }

        return year;
    }
}
