using System.Text.Json.Serialization;

namespace RightsBot.Core.Evaluation;

/// <summary>One line of an evaluation file (docs/evaluation.md, "Question files").</summary>
public sealed record EvalQuestion(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("answerable")] bool Answerable,
    [property: JsonPropertyName("expected")] IReadOnlyList<string>? Expected,
    [property: JsonPropertyName("filters")] EvalFilters? Filters)
{
    /// <summary>The kind of question it is ("casual", "paraphrase"…), or null: eval gives figures per style when any question has one.</summary>
    [JsonPropertyName("style")]
    public string? Style { get; init; }
}

/// <summary>Explicit choices the user made (a slash-command option, a --country flag).</summary>
public sealed record EvalFilters(
    [property: JsonPropertyName("country")] string? Country,
    [property: JsonPropertyName("year")] int? Year);
