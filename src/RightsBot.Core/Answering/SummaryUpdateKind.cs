namespace RightsBot.Core.Answering;

/// <summary>Where a streamed summary stands.</summary>
public enum SummaryUpdateKind
{
    /// <summary>More text arrived; the summary is not finished or checked yet.</summary>
    Partial,

    /// <summary>The summary finished and passed the citation check.</summary>
    Completed,

    /// <summary>No usable summary (fault, timeout, cancellation, bad citations): use the extractive answer.</summary>
    Failed,
}
