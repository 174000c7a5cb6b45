using RightsBot.Core.Retrieval;
using RightsBot.Core.Tests.Text;
using RightsBot.Core.Text;

namespace RightsBot.Core.Tests.Retrieval;

public sealed class SynonymMapTests
{
    private static readonly IReadOnlyList<string[]> Entries = WordList.Read(SynonymMap.FileName, 2);

    public static TheoryData<string> Keys() => [.. Entries.Select(e => e[0])];

    [Fact]
    public void List_WellFormed()
    {
        WordListAssert.KeysUniqueAndLowerCase(Entries.Select(e => e[0]), StringComparer.OrdinalIgnoreCase);
        WordListAssert.NoKeyIsItsValue(Entries);
        WordListAssert.None(Entries.Where(e => e[0].Split(' ').Length > 2).Select(e => e[0]), "more than two words (QueryExpansion tries one word and two)");
        Assert.Equal(Entries.Count, SynonymMap.Expansions.Count);
    }

    // The retriever adds only the expansion's terms the question lacks: a synonym whose words all stem like the
    // word it stands for ("prisons" → prison) adds nothing.
    [Fact]
    public void EveryEntry_AddsATermItsWordLacks()
        => WordListAssert.None(Entries.Where(e => !Terms(e[1]).Except(Terms(e[0])).Any()).Select(e => e[0]), "no term the word lacks");

    // A question goes through ChatSpeak before its words are looked up, and through the scope resolver, which
    // takes a country's names out: a synonym either rewrites never fires ("behind bars" becomes "in prison").
    [Theory]
    [MemberData(nameof(Keys))]
    public void Synonym_FoundInAQuestionAfterChatSpeak(string key)
    {
        var question = ChatSpeak.Expand($"and {key} then?");

        Assert.Contains(string.Join(' ', SynonymMap.Expansions[key]), QueryExpansion.Synonyms(question), StringComparison.Ordinal);
    }

    [Fact]
    public void NoSynonym_IsACountryName()
        => WordListAssert.None(Entries.Select(e => e[0]).Intersect(WorldCountries.Names.Concat(CountryAliases.ByCountry.Values.SelectMany(a => a))), "country names");

    private static string[] Terms(string words) => EnglishTextAnalyzer.Instance.Analyze(words).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
