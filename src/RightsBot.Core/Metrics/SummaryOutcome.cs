namespace RightsBot.Core.Metrics;

/// <summary>What became of the summary of an answered question: the <c>outcome</c> label of rightsbot_summaries_total.</summary>
public enum SummaryOutcome
{
    /// <summary>The model's summary passed the checks and was sent.</summary>
    Used,

    /// <summary>The endpoint failed (an HTTP error, unreachable, a dropped stream): the extractive answer was sent.</summary>
    FallbackError,

    /// <summary>The endpoint did not answer within Summarization:TimeoutSeconds: the extractive answer was sent.</summary>
    FallbackTimeout,

    /// <summary>The reply failed the checks (citations, length, cut short): the extractive answer was sent.</summary>
    FallbackCheck,

    /// <summary>Summarization is switched off: the extractive answer, as configured.</summary>
    Off,
}
