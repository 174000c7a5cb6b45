using System.ComponentModel.DataAnnotations;

namespace RightsBot.Core.Answering;

/// <summary>Configuration section "Limits": what a single user may ask, and how often.</summary>
public sealed class LimitsOptions
{
    public const string SectionName = "Limits";

    /// <summary>Longest question accepted, in characters.</summary>
    [Range(10, 10_000)]
    public int MaxQuestionLength { get; set; } = 500;

    /// <summary>Questions one user may ask per minute in the chat adapters.</summary>
    [Range(1, 1_000)]
    public int QuestionsPerMinute { get; set; } = 6;
}
