namespace RightsBot.Core.Languages;

/// <summary>A Russian or Kazakh question turned into the reports' English words by the glossary.</summary>
/// <param name="English">The words to search, in the question's order: each term's likeliest English, names in the reports' spelling, numbers and Latin words as written.</param>
/// <param name="ContentWords">The question's words that carry meaning (not function words, not numbers).</param>
/// <param name="Understood">Of those, how many the glossary knew or found as a name in the reports.</param>
/// <param name="Unknown">The content words neither knew, as written.</param>
internal sealed record Translation(string English, int ContentWords, int Understood, IReadOnlyList<string> Unknown)
{
    /// <summary>The terms' other English, searched as synonyms at lower weight; empty when none.</summary>
    public string Alternatives { get; init; } = string.Empty;
}
