using RightsBot.Core.Corpus;
using RightsBot.Core.Text;

namespace RightsBot.Core.Tests.Corpus;

public class ReportTextParserTests
{
    private const string Sample = """
        Kazakhstan

        2016 Country Reports on Human Rights Practices

        EXECUTIVE SUMMARY

        The Republic of Kazakhstan has a government system dominated by the president.

        Section 1. Respect for the Integrity of the Person, Including Freedom from:

        c. Torture and Other Cruel, Inhuman, or Degrading Treatment or Punishment

        The law prohibits torture; nevertheless, police allegedly tortured detainees.

        Prison and Detention Center Conditions

        Prison conditions were generally harsh and sometimes life threatening.

        Physical Conditions: Youths often were held with adults.

        Abuse occurred in police cells.

        Section 2. Respect for Civil Liberties, Including:

        b. Freedom of Peaceful Assembly and Association

        FREEDOM OF ASSEMBLY

        The law provides for limited freedom of assembly.
        """;

    [Fact]
    public void Parse_ShippedFormat_ReadsMetadataAndSectionPaths()
    {
        var report = ReportTextParser.Parse(ReportTextParser.SplitBlocks(Sample), "whatever.txt");

        Assert.Equal("Kazakhstan", report.Country);
        Assert.Equal(2016, report.Year);
        Assert.Equal(6, report.Passages.Count);
        Assert.Equal(["EXECUTIVE SUMMARY"], report.Passages[0].SectionPath);
        Assert.Equal(
            ["Section 1. Respect for the Integrity of the Person, Including Freedom from:", "c. Torture and Other Cruel, Inhuman, or Degrading Treatment or Punishment"],
            report.Passages[1].SectionPath);
        Assert.Equal("Prison and Detention Center Conditions", report.Passages[2].SectionPath[^1]);
        Assert.Equal("Physical Conditions", report.Passages[3].SectionPath[^1]);
        Assert.Equal("Physical Conditions", report.Passages[4].SectionPath[^1]); // a lead-in heads the paragraphs after it
        Assert.Equal(
            ["Section 2. Respect for Civil Liberties, Including:", "b. Freedom of Peaceful Assembly and Association", "FREEDOM OF ASSEMBLY"],
            report.Passages[5].SectionPath);
    }

    [Fact]
    public void Parse_2023Format_LgbtqiHeadingOfEighteenWords_HeadsItsLeadIns()
    {
        // The 2022 and 2023 reports put this 18-word heading right after "Trafficking in Persons"; read as a
        // paragraph, it became a passage of its own and its paragraphs were cited under trafficking.
        var text = """
            Singapore

            2023 Country Reports on Human Rights Practices

            Section 6. Discrimination and Societal Abuses

            Trafficking in Persons

            See the Department of State's annual Trafficking in Persons Report.

            Acts of Violence, Criminalization, and Other Abuses Based on Sexual Orientation, Gender Identity or Expression, or Sex Characteristics

            Criminalization: The law did not criminalize consensual same-sex sexual conduct between adults.
            """;
        var report = ReportTextParser.Parse(ReportTextParser.SplitBlocks(text), "text/2023/singapore.txt");

        Assert.Equal(2, report.Passages.Count);
        Assert.Equal(
            ["Section 6. Discrimination and Societal Abuses", "Acts of Violence, Criminalization, and Other Abuses Based on Sexual Orientation, Gender Identity or Expression, or Sex Characteristics", "Criminalization"],
            report.Passages[1].SectionPath);
    }

    [Fact]
    public void Parse_ParagraphBrokenInMidSentence_IsOnePassage()
    {
        // As Cameroon 2018's page has it: one sentence over three lines.
        var text = """
            Cameroon

            2018 Country Reports on Human Rights Practices

            Section 1. Respect for the Integrity of the Person

            Musa Usman Ndamba, the national vice president of the Mbororo Social and

            Cultural Development Association (MBOSCUDA), was prosecuted for

            “propagation of false information” and “false oath.”

            Not applicable

            Conditions improved.

            Lists followed:

            - one item

            Then a paragraph.
            """;
        var report = ReportTextParser.Parse(ReportTextParser.SplitBlocks(text), "text/2018/cameroon.txt");

        Assert.Equal(
            ["Musa Usman Ndamba, the national vice president of the Mbororo Social and Cultural Development Association (MBOSCUDA), was prosecuted for “propagation of false information” and “false oath.”",
             "Not applicable", "Conditions improved.", "Lists followed:\n- one item", "Then a paragraph."],
            report.Passages.Select(p => p.Text));
    }

    [Theory]
    [InlineData("The use of maternal health", "services decreased.", true)]
    [InlineData("Security forces used lethal force. On", "January 16, police shot seven.", true)]
    [InlineData("See the report at", "https://travel.state.gov/", true)]
    [InlineData("Not applicable", "Conditions improved.", false)]
    [InlineData("There were no changes in the situation during the year", "The law provides for it.", false)]
    [InlineData("The law was passed.", "and so on.", false)]
    [InlineData("Lists followed:\n- one item and", "the next.", false)]
    public void Continues_BrokenSentence_OnlyWhenTheLastWordCannotEndItOrTheNextIsLowerCase(string paragraph, string next, bool expected)
        => Assert.Equal(expected, ReportTextParser.Continues(paragraph, next));

    [Theory]
    [InlineData("China (Includes Hong Kong, Macau, and Tibet)")]
    [InlineData("Israel, Golan Heights, West Bank, and Gaza")]
    [InlineData("China (includes Tibet, Hong Kong, and Macau) - China")]
    public void Parse_LongCountryNameAboveTheTitleLine_IsTheCountry(string country)
    {
        // The 2016–2024 collection names these reports so; before, the country came from the file name instead.
        var text = Sample.Replace("Kazakhstan\n", country + "\n", StringComparison.Ordinal);
        var report = ReportTextParser.Parse(ReportTextParser.SplitBlocks(text), "text/2023/china-includes-hong-kong-macau-and-tibet.txt");

        Assert.Equal(country, report.Country);
        Assert.Equal(6, report.Passages.Count);
    }

    [Fact]
    public void Parse_LongLineBeforeAHeadingWithoutTitleLine_IsNotTakenForTheCountry()
    {
        var text = """
            The government restricted the freedom of assembly in several regions

            EXECUTIVE SUMMARY

            The Republic of Kazakhstan has a government system dominated by the president.
            """;
        var report = ReportTextParser.Parse(ReportTextParser.SplitBlocks(text), "kazakhstan-2016.txt");

        Assert.Equal("Kazakhstan", report.Country);
    }

    [Fact]
    public void Parse_StateGovPageCopy_DropsChromeAndKeepsBody()
    {
        var report = CorpusLoader.ParseFile(TestPaths.SeedExcerpt);

        Assert.Equal("Kazakhstan", report.Country);
        Assert.Equal(2016, report.Year); // from the file name: the page copy names no year
        var texts = report.Passages.Select(p => p.Text).ToList();
        Assert.DoesNotContain(texts, t => t.Contains("official website of the United States Government", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(texts, t => t.Contains("Edit Your Custom Report", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(texts, t => t.Contains("Lessons of 1989", StringComparison.OrdinalIgnoreCase));
        Assert.StartsWith("The law prohibits torture", texts[0], StringComparison.Ordinal);
        Assert.StartsWith("The law prohibits discrimination against persons with HIV", texts[^1], StringComparison.Ordinal);
        Assert.All(report.Passages, p => Assert.StartsWith("Section ", p.SectionPath[0], StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_ExcerptParagraphs_AllAppearInTheFullReport()
    {
        var excerpt = CorpusLoader.ParseFile(TestPaths.SeedExcerpt);
        var full = CorpusLoader.ParseFile(Path.Combine(TestPaths.Corpus, "kazakhstan-2016.txt"));
        var fullTexts = full.Passages.Select(p => TextUtil.NormalizeForMatch(p.Text)).ToHashSet(StringComparer.Ordinal);

        var missing = excerpt.Passages.Where(p => !fullTexts.Contains(TextUtil.NormalizeForMatch(p.Text))).ToList();

        // The one difference is in the sources themselves: the page copy lost the commas between
        // "ratel.kz, zonakz.net" in one paragraph.
        var only = Assert.Single(missing);
        Assert.Contains("ratel.kzzonakz.net", only.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kazakhstan-2016.txt", "Kazakhstan", 2016)]
    [InlineData("kyrgyz-republic-2016.txt", "Kyrgyz Republic", 2016)]
    [InlineData("text/2019/uzbekistan.txt", "Uzbekistan", 2019)]
    [InlineData("seed-kazakhstan-2016-excerpt.txt", "Seed Kazakhstan", 2016)]
    public void FromPath_FileNames_GiveCountryAndYear(string path, string country, int year)
        => Assert.Equal((country, year), ReportTextParser.FromPath(path));

    [Fact]
    public void Parse_NoMetadataAnywhere_ThrowsFormatError()
    {
        var blocks = ReportTextParser.SplitBlocks("Just some text without a year.\n\nMore text.");
        Assert.Throws<CorpusFormatException>(() => ReportTextParser.Parse(blocks, "notes.txt"));
    }

    [Fact]
    public void Parse_EveryShippedReport_PassagesWithinLimitsAndPathsKnown()
    {
        foreach (var file in CorpusLoader.FindFiles(TestPaths.Corpus))
        {
            var report = CorpusLoader.ParseFile(file);
            Assert.True(report.Passages.Count > 20, file);
            Assert.All(report.Passages, p => Assert.InRange(p.Text.Split(' ').Length, 1, PassageSplitter.HardMaxWords));
            Assert.All(report.Passages, p => Assert.NotEmpty(p.SectionPath));
        }
    }
}
