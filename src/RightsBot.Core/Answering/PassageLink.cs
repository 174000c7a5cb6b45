using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using RightsBot.Core.Corpus;

namespace RightsBot.Core.Answering;

/// <summary>A passage's link: its report's page, opened at the passage (<see cref="TextFragmentLink"/>), or null when the page is unknown.</summary>
internal static class PassageLink
{
    // A link depends on the corpus alone, yet making one reads every passage above it in its report (about 0.4 ms):
    // each passage's link is made once per loaded corpus and remembered, not made again for every answer. The
    // table goes with the corpus when a new index replaces it.
    private static readonly ConditionalWeakTable<ReportCorpus, ConcurrentDictionary<(int Passage, int Words), string?>> Made = [];

    public static string? For(ReportCorpus corpus, int passageIndex, int words)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return Made.GetValue(corpus, _ => new()).GetOrAdd((passageIndex, words), key => Make(corpus, key.Passage, key.Words));
    }

    private static string? Make(ReportCorpus corpus, int passageIndex, int words)
    {
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
