using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Answering.Pipeline;

/// <summary>The pipeline's product: the answer users get, and the evidence behind it.</summary>
/// <param name="Answer">The extractive answer, "not covered", or a rejection.</param>
/// <param name="CleanedText">The question as the user wrote it, cleaned (what a summarizer is given).</param>
/// <param name="Outcome">The ranked passages and the coverage decision; null when the question was rejected.</param>
/// <param name="SearchMilliseconds">How long the search stages took (scope to coverage), for eval; 0 when rejected.</param>
internal sealed record PipelineResult(Answer Answer, string CleanedText, RetrievalOutcome? Outcome, double SearchMilliseconds = 0);
