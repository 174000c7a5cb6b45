using System.Text.RegularExpressions;
using RightsBot.Core.Fetching;
using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Fetching;

public partial class ReportCatalogTests
{
    [Fact]
    public void Shipped_ListsEveryReportOfThe2016To2024Editions()
    {
        var catalog = ReportCatalog.Shipped;

        Assert.Equal(1748, catalog.Entries.Count);
        Assert.Equal(Enumerable.Range(2016, 9), catalog.Years);
        Assert.All(catalog.Years, year => Assert.InRange(catalog.InYear(year)!.Count, 191, 196));
        Assert.Null(catalog.InYear(2025));
    }

    [Fact]
    public void Shipped_IsWellFormed()
    {
        var catalog = ReportCatalog.Shipped;

        Assert.Equal(catalog.Entries.Count, catalog.Entries.Select(e => e.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(catalog.Entries, e => Assert.True(ReportCatalog.IsSlug(e.Slug), e.Name));
        Assert.All(catalog.Entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Country), e.Name));
    }

    // The catalog says where each shipped report lives, as corpus/SOURCES.md does.
    [Fact]
    public void Shipped_HoldsEveryShippedReportAtItsSourceAddress()
    {
        var sources = SourceUrlRegex().Matches(File.ReadAllText(Path.Combine(TestPaths.Corpus, "SOURCES.md")));

        Assert.Equal(16, sources.Count);
        Assert.All(sources, m => Assert.Contains(ReportCatalog.Shipped.InYear(int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture))!, e => e.Slug == m.Groups["slug"].Value));
    }

    // --countries finds a report by its country's key, as a question does: every country in the catalog has one
    // the State Department's country list knows, so no report is out of reach.
    [Fact]
    public void Shipped_EveryCountryHasAKnownKey()
    {
        var world = WorldCountries.Names.ToHashSet(StringComparer.Ordinal);

        var unknown = ReportCatalog.Shipped.Entries.Select(e => e.Country).Distinct(StringComparer.Ordinal)
            .Where(c => !world.Contains(CountryFinder.CountryKey(c))).ToList();

        Assert.Empty(unknown);
    }

    [Theory]
    [InlineData("kazakhstan", true)]
    [InlineData("c-te-d-ivoire", true)]
    [InlineData("china-includes-tibet-hong-kong-and-macau-china", true)]
    [InlineData("Kazakhstan", false)]
    [InlineData("-kazakhstan", false)]
    [InlineData("kazakh--stan", false)]
    [InlineData("kazakhstan/", false)]
    [InlineData("", false)]
    public void IsSlug_AsStateGovWritesThem(string slug, bool expected) => Assert.Equal(expected, ReportCatalog.IsSlug(slug));

    [GeneratedRegex(@"https://www\.state\.gov/reports/(?<year>\d{4})-country-reports-on-human-rights-practices/(?<slug>[a-z0-9-]+)")]
    private static partial Regex SourceUrlRegex();
}
