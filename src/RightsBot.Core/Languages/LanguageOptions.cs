using System.ComponentModel.DataAnnotations;

namespace RightsBot.Core.Languages;

/// <summary>Settings of the Russian and Kazakh glossary translation (section <c>Languages</c>).</summary>
public sealed class LanguageOptions
{
    public const string SectionName = "Languages";

    /// <summary>
    /// The share of a Russian or Kazakh question's content words the glossary must know (or find as names in the
    /// reports) for it to be searched; below it the question is refused as not understood rather than answered
    /// from the few words left.
    /// </summary>
    [Range(0.0, 1.0)]
    public double MinUnderstoodShare { get; set; } = 0.5;
}
