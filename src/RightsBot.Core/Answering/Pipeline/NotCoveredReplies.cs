using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using RightsBot.Core.Conversation;
using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Answering.Pipeline;

/// <summary>What a "not covered" reply says, and the hint under it: never a passage's text.</summary>
internal static class NotCoveredReplies
{
    // The coverage hint depends on the index alone, yet lists every report (about 0.5 ms over the 1,748 of the whole
    // archive, a refused question's largest cost after the search): made once per index and length, and forgotten
    // with the index.
    private static readonly ConditionalWeakTable<PassageIndex, ConcurrentDictionary<(int, Languages.Language), string>> CoverageHints = [];

    /// <summary>The reply's text: the pointer a report gives instead, a missing figure, or plain "not covered".</summary>
    public static string Message(RetrievalOutcome outcome, BotTexts texts)
        => outcome.NothingMore ? texts.NothingMore
            : outcome.UnknownWords.Count > 0 ? texts["not-understood"]
            : outcome.Referral is { } referral
            ? texts.Format("referral", referral.Report.Country, referral.Report.Year, referral.Passage.Text.Trim())
            : texts[outcome.NumberMissing ? "no-figure" : "not-covered"];

    /// <summary>Why the question is not covered, in the order <see cref="Message"/> tells it.</summary>
    public static RefusalReason Reason(RetrievalOutcome outcome)
        => outcome.NothingMore ? RefusalReason.NothingMore
            : outcome.UnknownWords.Count > 0 ? RefusalReason.NotUnderstood
            : outcome.Referral is not null ? RefusalReason.Referral
            : outcome.NumberMissing ? RefusalReason.NoFigure
            : outcome.AbsentNames.Count > 0 ? RefusalReason.AbsentName
            : RefusalReason.NotCovered;

    /// <summary>The words a Russian or Kazakh question was refused for, so that the user can put them otherwise; else null.</summary>
    public static string? UnknownWordsHint(RetrievalOutcome outcome, BotTexts texts)
        => outcome.UnknownWords.Count == 0 ? null : texts.Format("unknown-words", string.Join(", ", outcome.UnknownWords));

    /// <summary>
    /// A refused question whose topic the search did find (its closest sentence not far under the cut, or a figure
    /// or name the passages lack): the nearest sections by name, never their text, so that it can be asked again in
    /// other words or read there. Casual questions are the ones the similarity cut most often refuses wrongly.
    /// </summary>
    public static string? NearestSectionsHint(RetrievalOutcome outcome, CoverageOptions coverage, AnswerOptions answer, BotTexts texts)
    {
        if (outcome.Referral is not null || outcome.NothingMore || outcome.Hits.Count == 0
            || !(outcome.NumberMissing || outcome.AbsentNames.Count > 0 || outcome.Hits[0].Dense >= coverage.NearestSectionsMinSimilarity))
        {
            return null;
        }

        var sections = outcome.Hits
            .Select(h => CitationLabel.Format(CitationLabel.Report(h.Report.Country, h.Report.Year), SectionLabel.Format(h.Passage.SectionPath)))
            .Distinct(StringComparer.Ordinal)
            .Take(answer.NearestSections);
        return texts.Format("nearest-sections", string.Join("; ", sections));
    }

    /// <summary>What the reports cover: the countries and years (as every front end lists them), and the topics every report has.</summary>
    public static string CoverageHint(PassageIndex index, AnswerOptions answer, BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(texts);
        return CoverageHints.GetValue(index, _ => new()).GetOrAdd((answer.HintCountries, texts.Language), key => CoverageHint(index, key.Item1, texts));
    }

    private static string CoverageHint(PassageIndex index, int countries, BotTexts texts)
        => texts.Format("coverage", ReportListing.Summary(ReportInfos.Of(index), countries, texts));
}
