using RightsBot.Core.Corpus;
using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Retrieval;

// Every report of every year: one country's titles differ from year to year, and some carry more than the name.
public sealed class CountryKeyTests
{
    private static readonly Report[] Reports =
    [
        new("china-2016", "China (includes Tibet, Hong Kong, and Macau)", 2016, "t", "f"),
        new("china-2023", "China (Includes Hong Kong, Macau, and Tibet)", 2023, "t", "f"),
        new("turkey-2016", "Turkey", 2016, "t", "f"),
        new("turkey-2023", "Turkey (Türkiye)", 2023, "t", "f"),
        new("israel-2023", "Israel, West Bank and Gaza", 2023, "t", "f"),
        new("saudi-arabia-2023", "Saudi Arabia", 2023, "t", "f"),
        new("swaziland-2016", "Swaziland", 2016, "t", "f"),
        new("eswatini-2023", "Eswatini", 2023, "t", "f"),
        new("finland-2023", "Finland", 2023, "t", "f"),
        new("denmark-2023", "Denmark", 2023, "t", "f"),
    ];

    private readonly QuestionScopeResolver _resolver = new(Reports);

    [Theory]
    [InlineData("China (Includes Hong Kong, Macau, and Tibet)", "china")]
    [InlineData("China (includes Tibet, Hong Kong, and Macau) - China", "china")]
    [InlineData("Turkey (Türkiye)", "turkey")]
    [InlineData("Israel, Golan Heights, West Bank, and Gaza", "israel")]
    [InlineData("Israel and The Occupied Territories", "israel")]
    [InlineData("Bahamas, The", "bahamas")]
    [InlineData("The Gambia", "gambia")]
    [InlineData("Côte d’Ivoire", "cote d ivoire")]
    [InlineData("Cote d'Ivoire", "cote d ivoire")]
    [InlineData("São Tomé and Príncipe", "sao tome and principe")]
    [InlineData("Guinea-Bissau", "guinea bissau")]
    [InlineData("Guinea", "guinea")]
    [InlineData("Niger", "niger")]
    [InlineData("Nigeria", "nigeria")]
    [InlineData("Republic of the Congo", "republic of the congo")]
    [InlineData("Democratic Republic of the Congo", "democratic republic of the congo")]
    [InlineData("Swaziland", "eswatini")]
    [InlineData("Kyrgyzstan", "kyrgyz republic")]
    [InlineData("Democratic People's Republic of Korea", "north korea")]
    [InlineData("Republic of Korea", "south korea")]
    [InlineData("Macedonia", "north macedonia")]
    [InlineData("Kazakhstan", "kazakhstan")]
    public void CountryKey_OneKeyForEveryTitleOfACountry(string title, string key)
        => Assert.Equal(key, QuestionScopeResolver.CountryKey(title));

    [Theory]
    [InlineData("Are Uyghurs detained in China?", new[] { 0, 1 })]
    [InlineData("are uyghurs detained in china?", new[] { 0, 1 })]
    [InlineData("What does China's latest report say about Tibet?", new[] { 1 })]
    [InlineData("Is homosexuality illegal in Türkiye?", new[] { 2, 3 })]
    [InlineData("Is homosexuality illegal in Turkey?", new[] { 2, 3 })]
    [InlineData("Are Palestinians detained in Israel?", new[] { 4 })]
    [InlineData("do Saudi women need a male guardian?", new[] { 5 })]
    [InlineData("Is there a death penalty in Swaziland?", new[] { 6, 7 })]
    public void Resolve_ACountryWhoseTitlesDiffer_AllItsReports(string question, int[] reports)
    {
        var scope = _resolver.Resolve(question, null, null, null);

        Assert.Null(scope.Unavailable);
        Assert.Equal(reports, scope.ReportIndices);
    }

    [Theory]
    [InlineData("How long does it take to finish an asylum application?")]
    [InlineData("Did the files vanish from the court?")]
    public void Resolve_WordOneEditFromANationalityWord_NoCountry(string question)
        => Assert.Null(_resolver.Resolve(question, null, null, null).Country);

    [Fact]
    public void Resolve_ACountryWhoseTitlesDiffer_NamedByItsLatestTitle()
    {
        Assert.Equal("China (Includes Hong Kong, Macau, and Tibet)", _resolver.Resolve("China in 2016?", null, null, null).Country);
        Assert.Equal("Turkey (Türkiye) 2020", _resolver.Resolve("Is homosexuality illegal in Turkey?", null, 2020, null).Unavailable);
    }

    [Fact]
    public void CountryOf_EveryReportOfACountry_ItsLatestTitle()
    {
        Assert.Equal("China (Includes Hong Kong, Macau, and Tibet)", _resolver.CountryOf(0));
        Assert.Equal("China (Includes Hong Kong, Macau, and Tibet)", _resolver.CountryOf(1));
        Assert.Equal("Turkey (Türkiye)", _resolver.CountryOf(2));
        Assert.Equal("Eswatini", _resolver.CountryOf(6));
        Assert.Equal("Saudi Arabia", _resolver.CountryOf(5));
    }

    [Theory]
    [InlineData("China (includes Tibet, Hong Kong, and Macau)")]
    [InlineData("China")]
    [InlineData("china")]
    public void Resolve_FilterGivenAnyTitleOfTheCountry_AllItsReports(string filter)
        => Assert.Equal([0, 1], _resolver.Resolve("are journalists jailed?", filter, null, null).ReportIndices);
}
