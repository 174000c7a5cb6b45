using RightsBot.Core.Text;

namespace RightsBot.Core.Corpus;

/// <summary>One paragraph (or part of a long one) of a report: the unit RightsBot retrieves and cites.</summary>
/// <param name="Id">Stable id: report id and ordinal, e.g. "kazakhstan-2016.42".</param>
/// <param name="ReportIndex">Index of the report in the corpus.</param>
/// <param name="SectionPath">Headings above the passage, outermost first, as written in the report.</param>
/// <param name="Text">The passage text.</param>
public sealed record Passage(string Id, int ReportIndex, IReadOnlyList<string> SectionPath, string Text)
{
    /// <summary>Number of whitespace-separated words (counted when asked: loading a large cache need not pay for it).</summary>
    public int WordCount => TextUtil.CountWords(Text);
}
