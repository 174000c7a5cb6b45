using RightsBot.Core.Corpus;

namespace RightsBot.Core.Fetching;

/// <summary>
/// Checks a downloaded page as the corpus loader will read it (same decoding, HTML converter and parser), so
/// that only a page that yields passages is ever stored.
/// </summary>
internal static class ReportPageCheck
{
    /// <summary>The parsed report, or why the page is not one.</summary>
    /// <param name="page">The page as served.</param>
    /// <param name="path">Where it would be stored (its year folder and name stand in for what the page lacks).</param>
    public static (ParsedReport? Report, string? Problem) Check(byte[] page, string path)
    {
        try
        {
            var blocks = HtmlReportConverter.ToBlocks(CorpusLoader.DecodeText(page));
            if (blocks.Count == 0)
            {
                return (null, "the page has no report body (no <section class=\"report__main\">)");
            }

            var report = ReportTextParser.Parse(blocks, path);
            return report.Passages.Count == 0 ? (null, "the page's report body holds no passages") : (report, null);
        }
        catch (CorpusFormatException ex)
        {
            return (null, ex.Message);
        }
    }
}
