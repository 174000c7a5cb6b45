namespace RightsBot.Core.Answering.Comparison;

/// <summary>One report a comparison asks: a country (its name, or null for every country) and a year (null: its latest that covers it).</summary>
internal sealed record ComparisonTarget(string? Country, int? Year);
