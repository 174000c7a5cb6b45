namespace RightsBot.Core.Answering;

/// <summary>One report's part of a comparison answer: a year of a country, or a country on one topic.</summary>
/// <param name="Country">The report's country.</param>
/// <param name="Year">The report's year (for a country compared without a year: the year that answered).</param>
/// <param name="Answered">True when this report covers the question.</param>
/// <param name="Text">The best passage's sentences with its [n], or what this report lacks.</param>
/// <param name="Sources">This report's sources, numbered as in the whole answer; empty unless answered.</param>
public sealed record ComparisonPart(string Country, int Year, bool Answered, string Text, IReadOnlyList<AnswerSource> Sources);
