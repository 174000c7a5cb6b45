using RightsBot.Core.Text;

namespace RightsBot.Core.Retrieval;

/// <summary>
/// The words people use for what the reports call otherwise ("cops" for police, "jail" for prison, "gay" for
/// LGBTI). A question's words are expanded with these at a lower weight; the reports' own words always count
/// more. General vocabulary of the reports' topics — not tied to any question. The list is
/// <c>Resources/synonyms.tsv</c>.
/// </summary>
internal static class SynonymMap
{
    internal const string FileName = "synonyms.tsv";

    private static readonly Lazy<IReadOnlyDictionary<string, string[]>> Map = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>An everyday word or two-word phrase (any case) → the reports' words for it.</summary>
    public static IReadOnlyDictionary<string, string[]> Expansions => Map.Value;

    private static Dictionary<string, string[]> Load()
        => WordList.Read(FileName, 2).ToDictionary(entry => entry[0], entry => entry[1].Split(' '), StringComparer.OrdinalIgnoreCase);
}
