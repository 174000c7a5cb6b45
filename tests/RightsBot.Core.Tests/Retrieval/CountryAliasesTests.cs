using System.Text.RegularExpressions;
using RightsBot.Core.Retrieval;
using RightsBot.Core.Tests.Text;
using RightsBot.Core.Text;

namespace RightsBot.Core.Tests.Retrieval;

public sealed partial class CountryAliasesTests
{
    private static readonly IReadOnlyList<string[]> Entries = WordList.Read(CountryAliases.FileName, 3);
    private static readonly string[] StateNouns = WordList.Words(CountryAliases.StateNounsFileName);

    [Fact]
    public void List_WellFormed()
    {
        // An alias names one country: the resolver could not tell which of two it means.
        WordListAssert.KeysUniqueAndLowerCase(Entries.Select(e => e[1]), StringComparer.Ordinal);
        WordListAssert.None(Entries.Where(e => e[0] == e[1]).Select(e => e[1]), "the country's own key");
        WordListAssert.None(Entries.Where(e => !ResolverForm().IsMatch(e[1])).Select(e => e[1]), "not as the resolver writes it");
        Assert.Equal(Entries.Where(e => e[2] == "name").Select(e => e[1]).Order(StringComparer.Ordinal), CountryAliases.Names.Order(StringComparer.Ordinal));
        Assert.Equal(Entries.Count, CountryAliases.ByCountry.Values.Sum(a => a.Length));
    }

    // A country of the list is known by its key, which is its name in the world list.
    [Fact]
    public void EveryCountry_InTheWorldList()
        => WordListAssert.None(Entries.Select(e => e[0]).Distinct().Except(WorldCountries.Names), "not in the world list");

    // An alias that is another country's name would hide that country, or be hidden by it.
    [Fact]
    public void NoAlias_IsAWorldCountryName()
        => WordListAssert.None(Entries.Select(e => e[1]).Intersect(WorldCountries.Names), "world country names");

    // The question goes through ChatSpeak before the resolver reads it: an alias or state noun it rewrites is never seen.
    [Fact]
    public void NoAliasOrStateNoun_RewrittenByChatSpeak()
        => WordListAssert.None(Entries.Select(e => e[1]).Concat(StateNouns).Where(w => ChatSpeak.Expand(w) != w), "rewritten by ChatSpeak");

    [Fact]
    public void StateNouns_WellFormed()
    {
        WordListAssert.KeysUniqueAndLowerCase(StateNouns, StringComparer.Ordinal);
        WordListAssert.None(StateNouns.Where(n => !ResolverForm().IsMatch(n) || n.Contains(' ', StringComparison.Ordinal)), "not one word as the resolver writes it"); // compared with one word
        Assert.Equal(StateNouns.Length, CountryAliases.StateNouns.Count);
    }

    // How QuestionScopeResolver writes what it compares: lower case, letters and digits, single spaces.
    [GeneratedRegex("^[a-z0-9]+(?: [a-z0-9]+)*$")]
    internal static partial Regex ResolverForm();
}
