namespace RightsBot.Core.Retrieval;

/// <summary>The ranked passages for a question, and whether they are good enough to answer from.</summary>
/// <param name="Hits">Best first.</param>
/// <param name="Covered">False when the evidence is too weak: RightsBot says "not covered".</param>
/// <param name="Scope">The reports searched.</param>
internal sealed record RetrievalOutcome(IReadOnlyList<ScoredPassage> Hits, bool Covered, ReportScope Scope);
