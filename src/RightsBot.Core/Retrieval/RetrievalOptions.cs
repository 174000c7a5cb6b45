using System.ComponentModel.DataAnnotations;

namespace RightsBot.Core.Retrieval;

/// <summary>Configuration section "Retrieval".</summary>
public sealed class RetrievalOptions
{
    public const string SectionName = "Retrieval";

    /// <summary>How many sources an answer lists.</summary>
    [Range(1, 10)]
    public int TopK { get; set; } = 3;

    /// <summary>The "not covered" threshold: below this best score the reports are taken not to answer.</summary>
    [Range(0.0, 1.0)]
    public double MinScore { get; set; } = 0.1;
}
