namespace RightsBot.Core.Fetching;

/// <summary>Which reports to fetch: editions, and countries (empty = every country).</summary>
/// <param name="Years">The editions.</param>
/// <param name="Countries">Country names or aliases, matched as a question's are ("Kyrgyzstan", "Kazakh", "kazakstan").</param>
public sealed record ReportSelection(ReportYears Years, IReadOnlyList<string> Countries);
