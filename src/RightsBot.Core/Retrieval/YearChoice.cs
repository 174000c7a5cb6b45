namespace RightsBot.Core.Retrieval;

/// <summary>The year an answer to a question naming no year came from, chosen latest first.</summary>
/// <param name="Chosen">The edition year answered from.</param>
/// <param name="Newest">The country's newest edition year.</param>
/// <param name="NewestCovers">
/// Whether the newest report answers at all (then it only answered less closely than <paramref name="Chosen"/>'s);
/// meaningless when <paramref name="Chosen"/> is <paramref name="Newest"/>.
/// </param>
internal sealed record YearChoice(int Chosen, int Newest, bool NewestCovers);
