namespace RightsBot.Core.Retrieval;

/// <summary>One edition year of the country in scope, with its reports (one, as a rule).</summary>
internal sealed record ScopeYear(int Year, IReadOnlyList<int> ReportIndices);
