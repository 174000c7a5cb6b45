namespace RightsBot.Core.Fetching;

/// <summary>How the fetch of one report ended.</summary>
public enum FetchOutcome
{
    /// <summary>Stored where there was no copy before.</summary>
    New,

    /// <summary>Stored over a copy that differed.</summary>
    Changed,

    /// <summary>The stored copy is current (304 Not Modified, or the same bytes).</summary>
    Unchanged,

    /// <summary>Nothing stored: see the failure.</summary>
    Failed,
}
