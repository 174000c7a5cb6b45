using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Answering;

/// <summary>The reports of an index as front ends list them: one name a country, though its titles differ by year.</summary>
internal static class ReportInfos
{
    public static IReadOnlyList<ReportInfo> Of(PassageIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        return [.. index.Corpus.Reports.Select((r, i) => new ReportInfo(
            index.Scope.CountryOf(i), r.Year, r.Title, index.Corpus.ReportRanges[i].End - index.Corpus.ReportRanges[i].Start))];
    }
}
