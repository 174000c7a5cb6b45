using RightsBot.Core.Answering;
using RightsBot.Telegram.Countries;

namespace RightsBot.Telegram.Tests.Countries;

public sealed class CountryCatalogTests
{
    private static readonly CountryCatalog Catalog = CountryCatalog.From(
    [
        Report("Brazil", 2016),
        Report("Kazakhstan", 2016),
        Report("Kazakhstan", 2024),
        Report("Kazakhstan", 2022),
        Report("Côte d'Ivoire", 2020),
        Report("Kyrgyz Republic", 2016),
        Report("Afghanistan", 2021),
        Report("Ukraine", 2022),
    ]);

    [Fact]
    public void From_Reports_OneEntryACountryAlphabeticalYearsLatestFirst()
    {
        Assert.Equal(["Afghanistan", "Brazil", "Côte d'Ivoire", "Kazakhstan", "Kyrgyz Republic", "Ukraine"], Catalog.Countries.Select(c => c.Name));
        Assert.Equal([2024, 2022, 2016], Catalog.Countries[3].Years);
    }

    [Theory]
    [InlineData("", "Afghanistan,Brazil,Côte d'Ivoire,Kazakhstan,Kyrgyz Republic,Ukraine")]
    [InlineData("  ", "Afghanistan,Brazil,Côte d'Ivoire,Kazakhstan,Kyrgyz Republic,Ukraine")]
    [InlineData("kaz", "Kazakhstan")]
    [InlineData("KAZ", "Kazakhstan")]
    [InlineData("k", "Kazakhstan,Kyrgyz Republic,Ukraine")]
    [InlineData("republic", "Kyrgyz Republic")]
    [InlineData("cote", "Côte d'Ivoire")]
    [InlineData("ne", "Ukraine")]
    [InlineData("france", "")]
    public void Matching_Words_CountriesWhoseNameContainsThemIgnoringCaseAndAccents(string filter, string expected)
        => Assert.Equal(expected, string.Join(',', Catalog.Matching(filter).Select(i => Catalog.Countries[i].Name)));

    [Fact]
    public void Version_SameCountries_SameShortHex()
    {
        var again = CountryCatalog.From(Catalog.Countries.SelectMany(c => c.Years.Select(y => Report(c.Name, y))).Reverse());

        Assert.Equal(Catalog.Version, again.Version);
        Assert.Matches("^[0-9a-f]{6}$", Catalog.Version);
    }

    [Fact]
    public void Version_ACountryAdded_Changes()
        => Assert.NotEqual(Catalog.Version, CountryCatalog.From([.. Catalog.Countries.Select(c => Report(c.Name, c.Years[0])), Report("Benin", 2020)]).Version);

    private static ReportInfo Report(string country, int year) => new(country, year, $"{country} {year}", 10);
}
