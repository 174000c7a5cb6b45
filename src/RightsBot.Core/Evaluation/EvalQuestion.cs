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

    /// <summary>The language the question is written in ("en", "ru", "kk"…, lower case), or null: eval gives figures per language when any question has one.</summary>
    [JsonPropertyName("lang")]
    public string? Lang { get; init; }

    /// <summary>"comparison" for a question comparing years or countries, scored per report in <see cref="Parts"/>; else null.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; init; }

    /// <summary>For a comparison: what each report should give, in the answer's order.</summary>
    [JsonPropertyName("parts")]
    public IReadOnlyList<EvalComparisonPart>? Parts { get; init; }

    /// <summary>True for a comparison question (<see cref="Kind"/> "comparison").</summary>
    [JsonIgnore]
    public bool IsComparison => string.Equals(Kind, ComparisonKind, StringComparison.Ordinal);

    /// <summary>The <see cref="Kind"/> of a comparison question.</summary>
    public const string ComparisonKind = "comparison";
}

/// <summary>Explicit choices the user made (a slash-command option, a --country flag).</summary>
public sealed record EvalFilters(
    [property: JsonPropertyName("country")] string? Country,
    [property: JsonPropertyName("year")] int? Year)
{
    /// <summary>Years to compare, as <c>ask --years</c> and Discord's from/to give them.</summary>
    [JsonPropertyName("years")]
    public IReadOnlyList<int>? Years { get; init; }
}
