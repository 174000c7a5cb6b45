namespace RightsBot.Core.Answering.Comparison;

/// <summary>What a comparison asks: the reports to answer from, in the order of the answer, and the topic.</summary>
/// <param name="ByCountry">True for countries on one topic, false for a country (or every report) across years.</param>
/// <param name="Parts">The reports, oldest year first or in the order the countries were named.</param>
/// <param name="Topic">The question without the countries, years and words of comparing.</param>
internal sealed record ComparisonPlan(bool ByCountry, IReadOnlyList<ComparisonTarget> Parts, string Topic)
{
    /// <summary>True when the years were chosen, not named: asked about change, the first, latest and some between.</summary>
    public bool Spread { get; init; }

    /// <summary>For countries: the year chosen or named for all of them, or null (each its latest report).</summary>
    public int? Year { get; init; }
}
