using System.Text.Json.Serialization;

namespace RightsBot.Core.Evaluation;

/// <summary>
/// How RightsBot answered the comparison questions of a set, scored per report (a year of a country, or a
/// country): whether the answer has that report's part, whether the part's cited passage (or any of its sources)
/// holds an expected quote, and whether a report that does not discuss the question, or does not exist, is said
/// to. Beside it, Lucene BM25 over the same report with the same question.
/// </summary>
public sealed record EvalComparisonResult(
    [property: JsonPropertyName("questions")] int Questions,
    [property: JsonPropertyName("recognised")] double Recognised,
    [property: JsonPropertyName("parts")] int Parts,
    [property: JsonPropertyName("parts_found")] double PartsFound,
    [property: JsonPropertyName("answerable_parts")] int AnswerableParts,
    [property: JsonPropertyName("recall_at_1")] double RecallAt1,
    [property: JsonPropertyName("recall_in_sources")] double RecallInSources,
    [property: JsonPropertyName("refused_answerable")] double? RefusedAnswerable,
    [property: JsonPropertyName("unanswerable_parts")] int UnanswerableParts,
    [property: JsonPropertyName("refused_unanswerable")] double? RefusedUnanswerable,
    [property: JsonPropertyName("bm25_recall_at_1")] double Bm25RecallAt1,
    [property: JsonPropertyName("bm25_recall_at_3")] double Bm25RecallAt3,
    [property: JsonPropertyName("query_ms_p50")] double QueryMsP50)
{
    /// <summary>The same figures per style of question, when the set gives styles.</summary>
    [JsonPropertyName("by_style")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, EvalComparisonResult>? ByStyle { get; init; }

    /// <summary>The same figures per language of question, when the set gives languages.</summary>
    [JsonPropertyName("by_language")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, EvalComparisonResult>? ByLanguage { get; init; }

    /// <summary>Ids of comparison questions with a part missed (not found, not quoted, or wrongly answered or refused).</summary>
    [JsonPropertyName("misses")]
    public IReadOnlyList<string> Misses { get; init; } = [];
}
