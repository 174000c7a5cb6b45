using System.Text.Json.Serialization;

namespace RightsBot.Core.Evaluation;

/// <summary>One report of a comparison question: its country and year, and the quotes that answer there.</summary>
/// <param name="Country">The report's country, as the corpus names it.</param>
/// <param name="Year">The report's year.</param>
/// <param name="Expected">Verbatim quotes from the paragraph that answers in this report (when answerable).</param>
public sealed record EvalComparisonPart(
    [property: JsonPropertyName("country")] string Country,
    [property: JsonPropertyName("year")] int Year,
    [property: JsonPropertyName("expected")] IReadOnlyList<string>? Expected)
{
    /// <summary>False when this report does not discuss the question: the answer should say so. Default true.</summary>
    [JsonPropertyName("answerable")]
    public bool Answerable { get; init; } = true;

    /// <summary>True when the corpus has no report of this country and year: the answer should say so.</summary>
    [JsonPropertyName("missing_report")]
    public bool MissingReport { get; init; }

    /// <summary>True when the answer should quote this report (answerable, and the report exists).</summary>
    [JsonIgnore]
    public bool ShouldAnswer => Answerable && !MissingReport;
}
