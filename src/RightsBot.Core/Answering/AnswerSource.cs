namespace RightsBot.Core.Answering;

/// <summary>One numbered source under an answer: a report passage and where it sits.</summary>
/// <param name="Rank">1-based number, the n of [n] in the answer text.</param>
/// <param name="PassageId">Stable, short id (fits a Telegram callback) to fetch the full passage again.</param>
/// <param name="Country">The report's country.</param>
/// <param name="Year">The report's year.</param>
/// <param name="Section">The section path, joined with " › ".</param>
/// <param name="Score">Relevance score (higher is better).</param>
/// <param name="Text">The full passage text.</param>
/// <param name="Url">The report's official page, opened at this passage (<see cref="TextFragmentLink"/>); null when the page is unknown.</param>
public sealed record AnswerSource(
    int Rank,
    string PassageId,
    string Country,
    int Year,
    string Section,
    double Score,
    string Text,
    string? Url = null)
{
    /// <summary>The report label, e.g. "Kazakhstan 2016".</summary>
    public string Report => CitationLabel.Report(Country, Year);

    /// <summary>The report and section, e.g. "Kazakhstan 2016 · Section 1.c Torture …".</summary>
    public string Label => CitationLabel.Format(Report, Section);

    /// <summary>The citation line, e.g. "[1] Kazakhstan 2016 · Section 1.c Torture …".</summary>
    public string Citation => CitationLabel.Numbered(Rank, Label);
}
