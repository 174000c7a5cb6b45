using System.Text.RegularExpressions;
using RightsBot.Core.Corpus;

namespace RightsBot.Core.Tests.Corpus;

public partial class HtmlReportConverterTests
{
    public static TheoryData<string> Samples => new()
    {
        "brazil-2016", "japan-2024", "kazakhstan-2016", "kazakhstan-2022", "kazakhstan-2024",
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void ParseFile_StateGovPage_YieldsTheSamePassagesAsTheText(string name)
    {
        var html = CorpusLoader.ParseFile(Path.Combine(TestPaths.HtmlSamples, name + ".html"));
        var text = CorpusLoader.ParseFile(Path.Combine(TestPaths.Corpus, name + ".txt"));

        Assert.Equal(text.Country, html.Country);
        Assert.Equal(text.Year, html.Year);
        Assert.Equal(text.Passages.Select(p => Normalize(p.Text)), html.Passages.Select(p => Normalize(p.Text)));
        Assert.Equal(text.Passages.Select(p => string.Join(" › ", p.SectionPath)), html.Passages.Select(p => string.Join(" › ", p.SectionPath)));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void ParseFile_StateGovPage_KnowsItsCanonicalPageAsTheTextDoesFromItsName(string name)
    {
        var html = CorpusLoader.ParseFile(Path.Combine(TestPaths.HtmlSamples, name + ".html"));
        var text = CorpusLoader.ParseFile(Path.Combine(TestPaths.Corpus, name + ".txt"));

        Assert.Matches(@"^https://www\.state\.gov/reports/\d{4}-country-reports-on-human-rights-practices/[a-z-]+/?$", html.Url);
        Assert.Equal(text.Url, html.Url);
    }

    [Theory]
    [InlineData("<link rel=\"canonical\" href=\"https://mirror.example.org/r/testland/\">", "https://mirror.example.org/r/testland/")]
    [InlineData("<meta property=\"og:url\" content=\"https://mirror.example.org/r/testland/\">", "https://mirror.example.org/r/testland/")]
    [InlineData("<link rel=\"canonical\" href=\"/r/testland/\">", null)]
    [InlineData("", null)]
    public void ParseFile_PageAddress_IsItsCanonicalLinkWhenAbsolute(string head, string? expected)
    {
        using var folder = new TempFolder();
        var file = folder.Write("testland-2020-copy.html", $"""
            <html><head><title>Testland - United States Department of State</title>{head}</head>
            <body><section class="report__main"><h2>Section 1. Life</h2><p>Police detained journalists in 2020.</p></section></body></html>
            """);

        Assert.Equal(expected, CorpusLoader.ParseFile(file).Url);
    }

    [Fact]
    public void ToBlocks_PageWithoutReportBody_IsEmpty()
        => Assert.Empty(HtmlReportConverter.ToBlocks("<html><body><p>Hello</p></body></html>"));

    [Fact]
    public void ToBlocks_ListItems_GetBullets()
    {
        var blocks = HtmlReportConverter.ToBlocks("""
            <html><head><title>Testland - United States Department of State</title>
            <link rel="canonical" href="https://www.state.gov/reports/2020-country-reports-on-human-rights-practices/testland/"></head>
            <body><section class="report__main"><h2>Section 1. Life</h2><p>Intro:</p><ul><li>one <b>item</b></li><li>two</li></ul></section></body></html>
            """);

        Assert.Equal(["Testland", "2020 Country Reports on Human Rights Practices", "Section 1. Life", "Intro:", "- one item", "- two"], blocks);
    }

    private static string Normalize(string text) => WhitespaceRegex().Replace(text.Replace("- ", string.Empty, StringComparison.Ordinal).Replace("• ", string.Empty, StringComparison.Ordinal), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();
}
