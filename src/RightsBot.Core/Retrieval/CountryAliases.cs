using RightsBot.Core.Text;

namespace RightsBot.Core.Retrieval;

/// <summary>
/// Other names people use for a country: demonyms ("Kazakh"), common short forms ("Kyrgyzstan" for the Kyrgyz
/// Republic) and old names; and the nouns that make a nationality word name the state ("the Kazakh government").
/// Keys and values are lower case; the key is the country's key (QuestionScopeResolver.CountryKey). The lists are
/// <c>Resources/country-aliases.tsv</c> and <c>Resources/state-nouns.tsv</c>.
/// </summary>
internal static class CountryAliases
{
    internal const string FileName = "country-aliases.tsv";
    internal const string StateNounsFileName = "state-nouns.tsv";

    // The kinds of alias the list's third field names.
    private const string NameKind = "name";
    private const string NationalityKind = "nationality";

    private static readonly Lazy<(IReadOnlyDictionary<string, string[]> ByCountry, IReadOnlySet<string> Names)> Lists = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<IReadOnlySet<string>> Nouns = new(() => new HashSet<string>(WordList.Words(StateNounsFileName), StringComparer.Ordinal), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A country's key → its aliases, names and nationality words alike, in the list's order.</summary>
    public static IReadOnlyDictionary<string, string[]> ByCountry => Lists.Value.ByCountry;

    /// <summary>
    /// Aliases that are other names of the country itself, not adjectives or peoples: a question's "Kazakh"
    /// may be about the language, so only names are taken out of the query once they chose the scope.
    /// </summary>
    public static IReadOnlySet<string> Names => Lists.Value.Names;

    /// <summary>What a nationality word stands for the state with ("government", "police"), in lower case.</summary>
    public static IReadOnlySet<string> StateNouns => Nouns.Value;

    private static (IReadOnlyDictionary<string, string[]>, IReadOnlySet<string>) Load()
    {
        var entries = WordList.Read(FileName, 3);
        if (entries.FirstOrDefault(e => e[2] is not (NameKind or NationalityKind)) is { } bad)
        {
            throw new InvalidDataException($"{FileName}: the alias \"{bad[1]}\" is of kind \"{bad[2]}\", neither {NameKind} nor {NationalityKind}");
        }

        var byCountry = entries.GroupBy(e => e[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e[1]).ToArray(), StringComparer.OrdinalIgnoreCase);
        var names = entries.Where(e => e[2] == NameKind).Select(e => e[1]).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return (byCountry, names);
    }
}
