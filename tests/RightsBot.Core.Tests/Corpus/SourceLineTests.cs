using RightsBot.Core.Corpus;

namespace RightsBot.Core.Tests.Corpus;

public class SourceLineTests
{
    private const string Mirror = "https://mirror.example.org/reports/2016/kazakhstan.html";

    [Fact]
    public void Parse_SourceLineAfterTheTitleLine_IsTheReportsPageAndNotItsText()
    {
        using var folder = new TempFolder();
        var file = folder.Write("my-copy.txt", $"""
            Kazakhstan
            2016 Country Reports on Human Rights Practices
            Source: {Mirror}

            Section 1. Respect for the Integrity of the Person

            Police detained journalists.
            """);

        var report = CorpusLoader.ParseFile(file);

        Assert.Equal(("Kazakhstan", 2016, Mirror), (report.Country, report.Year, report.Url));
        Assert.Equal(["Police detained journalists."], report.Passages.Select(p => p.Text));
    }

    [Fact]
    public void Parse_SourceLine_WinsOverTheFileName()
    {
        using var folder = new TempFolder();
        var file = folder.Write("kazakhstan-2016.txt", $"Kazakhstan\n2016 Country Reports on Human Rights Practices\nSource: {Mirror}\n\nPolice detained journalists.\n");

        Assert.Equal(Mirror, CorpusLoader.ParseFile(file).Url);
    }

    [Theory]
    [InlineData("Source: www.state.gov/reports/x")]
    [InlineData("Source: /reports/2016-country-reports-on-human-rights-practices/kazakhstan/")]
    [InlineData("source: ftp://example.org/kazakhstan")]
    public void Parse_SourceLineWithoutAWebAddress_IsAFormatErrorNamingIt(string line)
    {
        using var folder = new TempFolder();
        var file = folder.Write("kazakhstan-2016.txt", $"Kazakhstan\n2016 Country Reports on Human Rights Practices\n{line}\n\nPolice detained journalists.\n");

        var error = Assert.Throws<CorpusFormatException>(() => CorpusLoader.ParseFile(file));

        Assert.Contains(line["Source: ".Length..], error.Message, StringComparison.Ordinal);
    }

    [Theory]
    // Words after "Source:" are a sentence, not a declaration.
    [InlineData("Source: the prosecutor general's office.")]
    public void Take_SourceSentence_StaysText(string line)
    {
        var (blocks, url) = SourceLine.Take(["Kazakhstan", "2016 Country Reports on Human Rights Practices", line]);

        Assert.Null(url);
        Assert.Equal(3, blocks.Count);
    }

    [Fact]
    public void Take_SourceLineBelowTheHeader_StaysText()
    {
        string[] blocks = ["Kazakhstan", "2016 Country Reports on Human Rights Practices", "Section 1. Life", "Intro.", "Source: https://example.org/x"];

        Assert.Equal((blocks, (string?)null), SourceLine.Take(blocks));
    }
}
