namespace RightsBot.Core.Answering;

/// <summary>One step of a streamed summary.</summary>
/// <param name="Kind">Partial while it grows; Completed or Failed once, at the end.</param>
/// <param name="Text">
/// Partial: everything received so far (unchecked; may still be discarded). Completed: the checked summary with [n]
/// markers. Failed: empty — render the extractive answer.
/// </param>
/// <param name="Delta">Partial: the text added by this step (for printing as it streams); otherwise empty.</param>
public sealed record SummaryUpdate(SummaryUpdateKind Kind, string Text, string Delta = "");
