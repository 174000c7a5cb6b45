namespace RightsBot.Core.Retrieval;

/// <summary>The ranked passages for a question, and whether they are good enough to answer from.</summary>
/// <param name="Hits">Best first.</param>
/// <param name="Covered">False when the evidence is too weak: RightsBot says "not covered".</param>
/// <param name="Scope">The reports searched.</param>
/// <param name="Coverage">Share of the question's (IDF-weighted) words found in the best passage.</param>
internal sealed record RetrievalOutcome(IReadOnlyList<ScoredPassage> Hits, bool Covered, ReportScope Scope, double Coverage = 0)
{
    /// <summary>The question as it was searched: shorthand spelt out, and the words that chose the scope taken out.</summary>
    public string SearchedText { get; init; } = string.Empty;

    /// <summary>
    /// The best passage's TF-IDF cosine with the part of the question that some report in scope uses (what lexical
    /// mode compares with Retrieval:MinScore); null when the search was by meaning too.
    /// </summary>
    public double? InScopeScore { get; init; }

    /// <summary>The question's sentence embedding in hybrid mode (to pick answer sentences by meaning), else null.</summary>
    public float[]? QueryVector { get; init; }

    /// <summary>The sentence vectors the ranking used (all passages', or on-demand ones) when it searched by meaning, else null.</summary>
    public ISentenceVectors? Meaning { get; init; }

    /// <summary>Names in the question that the reports in scope never use (then the question is not covered).</summary>
    public IReadOnlyList<string> AbsentNames { get; init; } = [];

    /// <summary>The question asks for a figure that the answering sentences do not give (then it is not covered).</summary>
    public bool NumberMissing { get; init; }

    /// <summary>Why hybrid mode was switched off during this search (the answer then came from words), else null.</summary>
    public Exception? DenseFailure { get; init; }

    /// <summary>
    /// The words of a Russian or Kazakh question that the glossary did not know, when they were too many to search
    /// on what was left (then the question is not covered); else empty.
    /// </summary>
    public IReadOnlyList<string> UnknownWords { get; init; } = [];

    /// <summary>True when the question is covered but every passage found was already shown ("tell me more").</summary>
    public bool NothingMore { get; init; }

    /// <summary>
    /// The closest paragraph when it only points to another publication (then the question is not covered here,
    /// and the reply can pass the pointer on), else null.
    /// </summary>
    public ScoredPassage? Referral { get; init; }

    /// <summary>
    /// Set when the answer comes from one year of a country's reports chosen latest first (the question named no
    /// year): which year, and why not a newer one.
    /// </summary>
    public YearChoice? Year { get; init; }
}
