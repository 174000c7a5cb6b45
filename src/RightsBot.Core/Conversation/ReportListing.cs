using System.Globalization;
using RightsBot.Core.Answering;

namespace RightsBot.Core.Conversation;

/// <summary>
/// The list of loaded reports as every front end shows it: one line a country with its years, e.g.
/// "Kazakhstan: 2016, 2022". Reports arrive ordered by country then year (<see cref="IQuestionAnswerer.GetReportsAsync"/>).
/// </summary>
public static class ReportListing
{
    /// <summary>Said instead of a list when the corpus is empty.</summary>
    public const string NoReports = "No reports are loaded yet.";

    /// <summary>The list's heading, e.g. "Reports I answer from (12)".</summary>
    public static string Heading(int reportCount)
        => string.Create(CultureInfo.InvariantCulture, $"Reports I answer from ({reportCount})");

    /// <summary>One line a country, in the order the reports come: "Kazakhstan: 2016, 2022".</summary>
    public static IReadOnlyList<string> Lines(IReadOnlyList<ReportInfo> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return [.. ByCountry(reports).Select(c => $"{c.Country}: {c.Years}")];
    }

    /// <summary>
    /// A short mention of the first <paramref name="maxCountries"/> countries: "Kazakhstan (2016, 2022), Brazil (2016)
    /// and 3 more countries".
    /// </summary>
    public static string Summary(IReadOnlyList<ReportInfo> reports, int maxCountries)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var countries = ByCountry(reports);
        var shown = string.Join(", ", countries.Take(maxCountries).Select(c => $"{c.Country} ({c.Years})"));
        return countries.Count > maxCountries ? shown + " " + More(countries.Count - maxCountries) : shown;
    }

    /// <summary>What is left out when a list is cut: "and 3 more countries".</summary>
    public static string More(int countries)
        => string.Create(CultureInfo.InvariantCulture, $"and {countries} more {(countries == 1 ? "country" : "countries")}");

    private static List<(string Country, string Years)> ByCountry(IReadOnlyList<ReportInfo> reports)
        => [.. reports
            .GroupBy(r => r.Country, StringComparer.Ordinal)
            .Select(g => (g.Key, string.Join(", ", g.Select(r => r.Year).Distinct().Order().Select(y => y.ToString(CultureInfo.InvariantCulture)))))];
}
