using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using RightsBot.Core.Corpus;

namespace RightsBot.Core.Tests.Corpus;

public partial class ReportUrlTests
{
    private const string Reports = "https://www.state.gov/reports/";

    [Theory]
    [InlineData(2016, "kazakhstan", Reports + "2016-country-reports-on-human-rights-practices/kazakhstan/")]
    [InlineData(2023, "cote-divoire", Reports + "2023-country-reports-on-human-rights-practices/cote-divoire/")]
    // The 2024 pages' own canonical links have no final '/' (tests/fixtures/html/*-2024.html).
    [InlineData(2024, "kazakhstan", Reports + "2024-country-reports-on-human-rights-practices/kazakhstan")]
    public void For_YearAndSlug_IsTheCanonicalPage(int year, string slug, string expected)
        => Assert.Equal(expected, ReportUrl.For(year, slug));

    [Theory]
    [InlineData("Kazakhstan")]
    [InlineData("kyrgyz republic")]
    [InlineData("-kazakhstan")]
    [InlineData("kazakhstan/../x")]
    [InlineData("")]
    public void For_NotASlug_Throws(string slug)
        => Assert.Throws<ArgumentException>(() => ReportUrl.For(2016, slug));

    [Theory]
    [InlineData("corpus/kazakhstan-2016.txt", 2016, Reports + "2016-country-reports-on-human-rights-practices/kazakhstan/")]
    [InlineData("corpus/kyrgyz-republic-2016.txt", 2016, Reports + "2016-country-reports-on-human-rights-practices/kyrgyz-republic/")]
    [InlineData("text/2016/kazakhstan.txt", 2016, Reports + "2016-country-reports-on-human-rights-practices/kazakhstan/")]
    [InlineData("corpus/2024/japan.html", 2024, Reports + "2024-country-reports-on-human-rights-practices/japan")]
    [InlineData("corpus/2023/cote-divoire.txt", 2023, Reports + "2023-country-reports-on-human-rights-practices/cote-divoire/")]
    // Names the archive never uses: no address is better than a wrong one.
    [InlineData("tests/fixtures/seed-kazakhstan-2016-excerpt.txt", 2016, null)]
    [InlineData("corpus/Kazakhstan-2016.txt", 2016, null)]
    [InlineData("corpus/kazakhstan_2016.txt", 2016, null)]
    [InlineData("corpus/kazakhstan.txt", 2016, null)]
    [InlineData("corpus/notes/kazakhstan.txt", 2016, null)]
    // The name's year is not the report's: the name is not to be trusted.
    [InlineData("corpus/kazakhstan-2017.txt", 2016, null)]
    [InlineData("text/2017/kazakhstan.txt", 2016, null)]
    public void FromPath_ArchiveNames_GiveThePage(string path, int reportYear, string? expected)
        => Assert.Equal(expected, ReportUrl.FromPath(path, reportYear));

    [Theory]
    [InlineData("https://www.state.gov/reports/x/", true)]
    [InlineData("http://mirror.example.org/reports/x", true)]
    [InlineData("ftp://example.org/x", false)]
    [InlineData("/reports/x/", false)]
    [InlineData("www.state.gov/reports/x/", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("https://www.state.gov/a b", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsWebAddress_OnlyAbsoluteHttp(string? url, bool expected)
        => Assert.Equal(expected, ReportUrl.IsWebAddress(url));

    [Fact]
    public void ShippedCorpus_EveryReport_HasThePageSourcesMdNames()
    {
        var listed = File.ReadLines(Path.Combine(TestPaths.Corpus, "SOURCES.md"))
            .Select(line => SourcesRowRegex().Match(line))
            .Where(m => m.Success)
            .ToDictionary(m => m.Groups["file"].Value, m => m.Groups["url"].Value, StringComparer.Ordinal);
        var corpus = new CorpusLoader(NullLogger<CorpusLoader>.Instance).Load(TestPaths.Corpus);

        Assert.Equal(16, listed.Count);
        Assert.Equal(listed.Keys.Order(StringComparer.Ordinal), corpus.Reports.Select(r => r.SourceFile).Order(StringComparer.Ordinal));
        Assert.All(corpus.Reports, r => Assert.Equal(listed[r.SourceFile], r.Url));
    }

    // "| kazakhstan-2016.txt | Kazakhstan | 2016 | https://… | 16,702 |"
    [GeneratedRegex(@"^\| (?<file>[a-z0-9-]+\.txt) \|[^|]*\|[^|]*\| (?<url>https://\S+) \|")]
    private static partial Regex SourcesRowRegex();
}
