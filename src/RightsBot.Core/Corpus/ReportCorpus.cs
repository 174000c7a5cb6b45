namespace RightsBot.Core.Corpus;

/// <summary>The loaded reports and their passages; passages of one report are contiguous.</summary>
public sealed class ReportCorpus
{
    private readonly Dictionary<string, int> _passageIndexById;

    internal ReportCorpus(IReadOnlyList<Report> reports, IReadOnlyList<Passage> passages, IReadOnlyList<(int Start, int End)> reportRanges)
    {
        Reports = reports;
        Passages = passages;
        ReportRanges = reportRanges;
        _passageIndexById = new Dictionary<string, int>(passages.Count, StringComparer.Ordinal);
        for (var i = 0; i < passages.Count; i++)
        {
            _passageIndexById[passages[i].Id] = i;
        }
    }

    /// <summary>The reports, ordered by country then year.</summary>
    public IReadOnlyList<Report> Reports { get; }

    /// <summary>All passages, grouped by report in report order.</summary>
    public IReadOnlyList<Passage> Passages { get; }

    /// <summary>For each report, the half-open range of its passages in <see cref="Passages"/>.</summary>
    public IReadOnlyList<(int Start, int End)> ReportRanges { get; }

    /// <summary>The index of a passage by id, or -1.</summary>
    public int IndexOf(string passageId) => _passageIndexById.GetValueOrDefault(passageId, -1);
}
