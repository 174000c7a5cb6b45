using System.Globalization;
using System.Text;

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
        var passages = new List<(string Id, int ReportIndex, IReadOnlyList<string> SectionPath, string Text)>();
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
            reports.Add(new Report(id, parsed.Country, parsed.Year, $"{parsed.Year} Country Reports on Human Rights Practices: {parsed.Country}", sourceFile, parsed.Url));
            var start = passages.Count;
            for (var i = 0; i < parsed.Passages.Count; i++)
            {
                var p = parsed.Passages[i];
                passages.Add(($"{id}.{(i + 1).ToString(CultureInfo.InvariantCulture)}", reportIndex, p.SectionPath, p.Text));
            }

            ranges.Add((start, passages.Count));
        }

        return new ReportCorpus(reports, InOneBlock(passages), ranges);
    }

    // The texts as one block of UTF-8, as a corpus loaded from the index cache holds them (see Passage): a corpus
    // just built takes the same memory as one loaded.
    private static Passage[] InOneBlock(List<(string Id, int ReportIndex, IReadOnlyList<string> SectionPath, string Text)> passages)
    {
        var starts = new int[passages.Count + 1];
        for (var i = 0; i < passages.Count; i++)
        {
            starts[i + 1] = checked(starts[i] + Encoding.UTF8.GetByteCount(passages[i].Text));
        }

        var utf8 = new byte[starts[^1]];
        var result = new Passage[passages.Count];
        for (var i = 0; i < passages.Count; i++)
        {
            var (id, reportIndex, sectionPath, text) = passages[i];
            Encoding.UTF8.GetBytes(text, utf8.AsSpan(starts[i]));
            result[i] = new Passage(id, reportIndex, sectionPath, utf8, starts[i], starts[i + 1] - starts[i]);
        }

        return result;
    }

    internal static string Slug(string text)
    {
        var chars = text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray();
        return string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}
