namespace RightsBot.Summarization.Checking;

/// <summary>The outcome of checking a model reply: the summary to show, or why it was discarded.</summary>
/// <param name="Summary">The cleaned summary; null when rejected.</param>
/// <param name="Rejection">A short reason for the log (never the reply text); null when accepted.</param>
internal sealed record SummaryVerdict(string? Summary, string? Rejection)
{
    public bool Accepted => Summary is not null;

    public static SummaryVerdict Accept(string summary) => new(summary, null);

    public static SummaryVerdict Reject(string reason) => new(null, reason);
}
