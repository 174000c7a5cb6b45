namespace RightsBot.Core.Retrieval;

/// <summary>What loading the index cost: whether the cache served it, and how long it took.</summary>
public sealed record IndexBuildResult(int Reports, int Sections, int Passages, int Terms, bool FromCache, double Seconds);
