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
    public static string NoReports(BotTexts texts) => Texts(texts)["reports-none"];

    /// <summary>The list's heading, e.g. "Reports I answer from (12)".</summary>
    public static string Heading(int reportCount, BotTexts texts) => Texts(texts).Format("reports-heading", reportCount);

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
    public static string Summary(IReadOnlyList<ReportInfo> reports, int maxCountries, BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var countries = ByCountry(reports);
        var shown = string.Join(", ", countries.Take(maxCountries).Select(c => $"{c.Country} ({c.Years})"));
        return countries.Count > maxCountries ? shown + " " + More(countries.Count - maxCountries, texts) : shown;
    }

    /// <summary>What is left out when a list is cut: "and 3 more countries".</summary>
    public static string More(int countries, BotTexts texts)
        => countries == 1 ? Texts(texts)["reports-more-one"] : Texts(texts).Format("reports-more", countries);

    private static BotTexts Texts(BotTexts texts) => texts ?? throw new ArgumentNullException(nameof(texts));

    private static List<(string Country, string Years)> ByCountry(IReadOnlyList<ReportInfo> reports)
        => [.. reports
            .GroupBy(r => r.Country, StringComparer.Ordinal)
            .Select(g => (g.Key, string.Join(", ", g.Select(r => r.Year).Distinct().Order().Select(y => y.ToString(CultureInfo.InvariantCulture)))))];
}
