namespace RightsBot.Core.Answering;

/// <summary>What the core answers, before any front end renders it.</summary>
/// <param name="Status">Answered, not covered, or rejected.</param>
/// <param name="Text">The answer text with [n] markers, the not-covered message, or the rejection reason.</param>
/// <param name="Sources">The numbered sources behind the answer, best first (empty unless answered).</param>
/// <param name="Hint">For a not-covered answer: what the corpus does cover.</param>
/// <param name="Summarized">True when the text is a model summary rather than extracted sentences.</param>
/// <param name="Partial">True for a summary still growing (streaming); the last answer of a stream is never partial.</param>
public sealed record Answer(
    AnswerStatus Status,
    string Text,
    IReadOnlyList<AnswerSource> Sources,
    string? Hint = null,
    bool Summarized = false,
    bool Partial = false)
{
    /// <summary>
    /// For a question naming a country but no year: which year's report answers ("In the 2024 report:"), and why
    /// not the newest when it is older. The text starts with it; a summary is put after it.
    /// </summary>
    public string? YearNote { get; init; }

    /// <summary>
    /// The question's language: a front end speaks it in its own texts (headings, buttons, "not covered"), while the
    /// quoted passages stay in English, as the reports are.
    /// </summary>
    public Languages.Language Language { get; init; }

    /// <summary>
    /// The language of the bot's own words in this answer (headings, notes, hints, buttons): the question's when it
    /// is Russian or Kazakh, else the user's (<see cref="Question.UserLanguage"/>), else English. Never
    /// <see cref="Languages.Language.Other"/>.
    /// </summary>
    public Languages.Language ReplyLanguage { get; init; }

    /// <summary>What was asked, as understood (scope and topic), for follow-ups; null for a rejected question.</summary>
    public AnswerScope? Scope { get; init; }

    /// <summary>
    /// For a question comparing years or countries: one part per report, oldest year first or in the order the
    /// countries were named; null otherwise.
    /// </summary>
    public IReadOnlyList<ComparisonPart>? Comparison { get; init; }

    /// <summary>For a not-covered answer: why (for the refusal counts); null otherwise.</summary>
    public RefusalReason? Refusal { get; init; }

    /// <summary>True when the answer is backed by sources.</summary>
    public bool Answered => Status == AnswerStatus.Answered;
}
