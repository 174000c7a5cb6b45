using System.Globalization;

namespace RightsBot.Core.Fetching;

/// <summary>
/// Finds fetched reports that the corpus folder also holds under another name the loader reads as the same
/// report: <c>kazakhstan-2016.txt</c> (as shipped) or <c>2016/kazakhstan.txt</c> beside <c>2016/kazakhstan.html</c>.
/// </summary>
internal static class CorpusCopies
{
    private static readonly string[] Extensions = [".txt", ".html", ".htm"];

    public static IReadOnlyList<DuplicateReport> Find(string folder, IEnumerable<ReportEntry> entries, Func<ReportEntry, string> pathOf)
    {
        var duplicates = new List<DuplicateReport>();
        foreach (var entry in entries.OrderBy(e => e.Year).ThenBy(e => e.Slug, StringComparer.Ordinal))
        {
            var fetched = pathOf(entry);
            var year = entry.Year.ToString(CultureInfo.InvariantCulture);
            var others = Extensions.SelectMany(ext => new[]
            {
                Path.Combine(folder, $"{entry.Slug}-{year}{ext}"),
                Path.Combine(folder, year, entry.Slug + ext),
            });
            duplicates.AddRange(others
                .Where(other => other != fetched && File.Exists(other))
                .Select(other => new DuplicateReport(Path.GetRelativePath(folder, fetched), Path.GetRelativePath(folder, other))));
        }

        return duplicates;
    }
}
