using RightsBot.Core.Text;

namespace RightsBot.Core.Retrieval;

/// <summary>
/// The countries and territories the State Department reports on, so that a question about one the corpus
/// lacks ("France") is answered "I have no report for France" instead of with another country's paragraph. The
/// lists are <c>Resources/world-countries.tsv</c> and <c>Resources/ambiguous-country-names.tsv</c>.
/// </summary>
internal static class WorldCountries
{
    internal const string FileName = "world-countries.tsv";
    internal const string AmbiguousNamesFileName = "ambiguous-country-names.tsv";

    private static readonly Lazy<IReadOnlyList<string>> List = new(() => WordList.Words(FileName), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<IReadOnlySet<string>> Ambiguous = new(() => new HashSet<string>(WordList.Words(AmbiguousNamesFileName), StringComparer.Ordinal), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Each country's name, which is also its key: lower case, no accents or punctuation. Of two names one contains, the longer comes first.</summary>
    public static IReadOnlyList<string> Names => List.Value;

    /// <summary>Names that are also everyday words ("turkey", "chad"): they name a country only when written with a capital.</summary>
    public static IReadOnlySet<string> AmbiguousNames => Ambiguous.Value;
}
