using RightsBot.Core.Fetching;

namespace RightsBot.Core.Tests.Fetching;

public class ReportCountryFilterTests
{
    [Theory]
    [InlineData("Kyrgyz Republic", "2016/kyrgyz-republic 2019/kyrgyzstan 2024/kyrgyz-republic")]
    [InlineData("Kyrgyzstan", "2016/kyrgyz-republic 2019/kyrgyzstan 2024/kyrgyz-republic")]
    [InlineData("kazakh", "2016/kazakhstan 2024/kazakhstan")]
    [InlineData("kazakstan", "2016/kazakhstan 2024/kazakhstan")]
    [InlineData("China", "2018/china-includes-tibet-hong-kong-and-macau-china 2019/china-includes-hong-kong-macau-and-tibet")]
    [InlineData("Cote d'Ivoire", "2017/c-te-d-ivoire")]
    [InlineData("Côte d’Ivoire", "2017/c-te-d-ivoire")]
    public void Matches_NamesAliasesAndMisspellings_AsAQuestionFindsThem(string name, string expected)
    {
        var entries = Sample();

        var filter = ReportCountryFilter.Create([name], ReportCatalog.Shipped);

        Assert.Equal(expected, string.Join(' ', entries.Where(filter.Matches).Select(e => e.Name)));
    }

    [Fact]
    public void Matches_NoNames_TakesEveryReport()
        => Assert.All(Sample(), e => Assert.True(ReportCountryFilter.Create([], ReportCatalog.Shipped).Matches(e)));

    [Fact]
    public void Matches_SeveralNames_TakesEach()
    {
        var filter = ReportCountryFilter.Create(["Kazakhstan", "Kyrgyz Republic"], ReportCatalog.Shipped);

        Assert.Equal(5, Sample().Count(filter.Matches));
    }

    [Fact]
    public void Create_ACountryTheCatalogLacks_StillMatchesItsReportsOfANewEdition()
    {
        var filter = ReportCountryFilter.Create(["Japan"], new ReportCatalog([new ReportEntry(2016, "kazakhstan", "Kazakhstan")]));

        Assert.True(filter.Matches(new ReportEntry(2025, "japan", "Japan")));
    }

    [Theory]
    [InlineData("Narnia")]
    [InlineData("the")]
    [InlineData("2016")]
    public void Create_NoSuchCountry_Throws(string name)
        => Assert.Contains($"'{name}'", Assert.Throws<FormatException>(() => ReportCountryFilter.Create([name], ReportCatalog.Shipped)).Message, StringComparison.Ordinal);

    // A few reports whose country's name changed between editions, and one other country.
    private static readonly string[] SampleNames =
    [
        "2016/brazil", "2016/kazakhstan", "2016/kyrgyz-republic", "2017/c-te-d-ivoire", "2018/china-includes-tibet-hong-kong-and-macau-china",
        "2019/china-includes-hong-kong-macau-and-tibet", "2019/kyrgyzstan", "2024/kazakhstan", "2024/kyrgyz-republic",
    ];

    private static List<ReportEntry> Sample() => [.. ReportCatalog.Shipped.Entries.Where(e => SampleNames.Contains(e.Name))];
}
