using System.Text.Json.Serialization;

namespace RightsBot.Core.Evaluation;

/// <summary>
/// One system's figures over a group of questions: those of one style, or of one language. A figure is null where
/// it is undefined: recall and MRR for a group with no answerable question, a refusal rate with nothing to refuse
/// or for a system that never refuses.
/// </summary>
public sealed record EvalGroupResult(
    [property: JsonPropertyName("questions")] int Questions,
    [property: JsonPropertyName("answerable")] int Answerable,
    [property: JsonPropertyName("unanswerable")] int Unanswerable,
    [property: JsonPropertyName("recall_at_1")] double? RecallAt1,
    [property: JsonPropertyName("recall_at_3")] double? RecallAt3,
    [property: JsonPropertyName("mrr")] double? Mrr,
    [property: JsonPropertyName("refused_unanswerable")] double? RefusedUnanswerable,
    [property: JsonPropertyName("refused_answerable")] double? RefusedAnswerable);
