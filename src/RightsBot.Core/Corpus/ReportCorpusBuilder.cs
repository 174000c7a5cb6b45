using System.Globalization;

namespace RightsBot.Core.Corpus;

/// <summary>Collects parsed reports, gives them unique ids and orders them.</summary>
internal sealed class ReportCorpusBuilder
{
    private readonly List<(ParsedReport Report, string SourceFile)> _reports = [];

    public int ReportCount => _reports.Count;

    public void Add(ParsedReport report, string sourceFile) => _reports.Add((report, sourceFile));

    public ReportCorpus Build()
    {
        var ordered = _reports
            .OrderBy(r => r.Report.Country, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.Report.Year)
            .ThenBy(r => r.SourceFile, StringComparer.Ordinal)
            .ToList();
        var reports = new List<Report>(ordered.Count);
        var passages = new List<Passage>();
        var ranges = new List<(int, int)>(ordered.Count);
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (parsed, sourceFile) in ordered)
        {
            var baseId = $"{Slug(parsed.Country)}-{parsed.Year.ToString(CultureInfo.InvariantCulture)}";
            var id = baseId;
            for (var n = 2; !usedIds.Add(id); n++)
            {
                id = $"{baseId}-{n.ToString(CultureInfo.InvariantCulture)}";
            }

            var reportIndex = reports.Count;
            reports.Add(new Report(id, parsed.Country, parsed.Year, $"{parsed.Year} Country Reports on Human Rights Practices: {parsed.Country}", sourceFile));
            var start = passages.Count;
            for (var i = 0; i < parsed.Passages.Count; i++)
            {
                var p = parsed.Passages[i];
                passages.Add(new Passage($"{id}.{(i + 1).ToString(CultureInfo.InvariantCulture)}", reportIndex, p.SectionPath, p.Text));
            }

            ranges.Add((start, passages.Count));
        }

        return new ReportCorpus(reports, passages, ranges);
    }

    internal static string Slug(string text)
    {
        var chars = text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray();
        return string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}
