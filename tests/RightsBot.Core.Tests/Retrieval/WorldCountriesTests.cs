using RightsBot.Core.Corpus;
using RightsBot.Core.Retrieval;
using RightsBot.Core.Tests.Text;
using RightsBot.Core.Text;

namespace RightsBot.Core.Tests.Retrieval;

public sealed class WorldCountriesTests
{
    private static readonly string[] Names = WordList.Words(WorldCountries.FileName);

    // A corpus of one country that no world name contains.
    private readonly QuestionScopeResolver _resolver = new([new Report("kazakhstan-2016", "Kazakhstan", 2016, "t", "f")]);

    public static TheoryData<string> Absent() => [.. Names.Where(n => n != "kazakhstan")];

    [Fact]
    public void List_WellFormed()
    {
        WordListAssert.KeysUniqueAndLowerCase(Names, StringComparer.Ordinal);
        WordListAssert.None(Names.Where(n => !CountryAliasesTests.ResolverForm().IsMatch(n)), "not as the resolver writes it");
        Assert.Equal(Names, WorldCountries.Names);
    }

    // The first absent country of the list that a question names is the one reported: "papua new guinea" after
    // "guinea" was reported as Guinea.
    [Fact]
    public void EveryName_BeforeTheShorterNamesItContains()
        => WordListAssert.None(from i in Enumerable.Range(0, Names.Length)
                        from j in Enumerable.Range(0, i)
                        where $" {Names[i]} ".Contains($" {Names[j]} ", StringComparison.Ordinal)
                        select $"{Names[j]} before {Names[i]}", "a shorter name first");

    [Theory]
    [MemberData(nameof(Absent))]
    public void Resolve_AnyCountryTheCorpusLacks_SaysSoByName(string name)
    {
        var display = string.Join(' ', name.Split(' ').Select(w => w is "and" or "the" or "of" ? w : char.ToUpperInvariant(w[0]) + w[1..]));

        Assert.Equal(display, _resolver.Resolve($"Is torture common in {display}?", null, null, null).Unavailable);
    }

    [Fact]
    public void AmbiguousNames_WellFormedAndWorldCountries()
    {
        var ambiguous = WordList.Words(WorldCountries.AmbiguousNamesFileName);

        WordListAssert.KeysUniqueAndLowerCase(ambiguous, StringComparer.Ordinal);
        WordListAssert.None(ambiguous.Except(Names), "not in the world list");
        Assert.Equal(ambiguous.Length, WorldCountries.AmbiguousNames.Count);
    }

    [Fact]
    public void NoName_RewrittenByChatSpeak()
        => WordListAssert.None(Names.Where(n => ChatSpeak.Expand(n) != n), "rewritten by ChatSpeak");
}
