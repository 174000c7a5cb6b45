using RightsBot.Core.Corpus;

namespace RightsBot.Core.Answering;

/// <summary>A passage's link: its report's page, opened at the passage (<see cref="TextFragmentLink"/>), or null when the page is unknown.</summary>
internal static class PassageLink
{
    public static string? For(ReportCorpus corpus, int passageIndex, int words)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var passage = corpus.Passages[passageIndex];
        var url = corpus.Reports[passage.ReportIndex].Url;
        if (url is null)
        {
            return null;
        }

        // What the page shows above the passage: the report's earlier passages and the headings so far.
        var first = corpus.ReportRanges[passage.ReportIndex].Start;
        var above = Enumerable.Range(first, passageIndex - first).Select(i => corpus.Passages[i].Text)
            .Concat(Enumerable.Range(first, passageIndex - first + 1).SelectMany(i => corpus.Passages[i].SectionPath).Distinct(StringComparer.Ordinal));
        return TextFragmentLink.For(url, passage.Text, words, above);
    }
}
