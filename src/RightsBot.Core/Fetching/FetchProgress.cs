namespace RightsBot.Core.Fetching;

/// <summary>How far a fetch has come: reports done of those selected, and how each ended.</summary>
public sealed record FetchProgress(int Done, int Total, int New, int Changed, int Unchanged, int Failed);
