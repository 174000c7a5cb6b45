using RightsBot.Core.Corpus;
using RightsBot.Core.Text;

namespace RightsBot.Core.Tests.Corpus;

public class RunTogetherHeadingsTests
{
    // A paragraph longer than any a report writes on a line of its own.
    private static readonly string Filler = string.Join(' ', Enumerable.Repeat("Officials detained activists in the capital.", 300));

    [Fact]
    public void Headings_WellFormed()
    {
        var headings = WordList.Words(RunTogetherHeadings.FileName);
        Assert.Equal(headings.Length, headings.Distinct(StringComparer.Ordinal).Count());
        Assert.All(headings, h => Assert.True(HeadingClassifier.Classify(h) is BlockKind.Section or BlockKind.Subsection, h));
    }

    [Fact]
    public void Split_ARunTogetherReport_GivesTheHeadingsBackAsBlocks()
    {
        var block = $"{Filler} Section 1. Life a. Extrajudicial Killings There were reports of killings. {Filler} b. Coercion in Population Control There were no reports.";

        var blocks = RunTogetherHeadings.Split(["Kenya", block]);

        Assert.Equal(["Kenya", Filler, "Section 1. Life", "a. Extrajudicial Killings", $"There were reports of killings. {Filler}", "b. Coercion in Population Control", "There were no reports."], blocks);
    }

    [Theory]
    [InlineData("The report's Section 1. Life describes it.")] // short: a paragraph as the reports write them
    [InlineData("{0} as noted in Section 1. Life There were")] // no sentence ends before it
    [InlineData("{0} Section 1. Life was hard for them.")] // no capital after it
    public void Split_NoRunTogetherHeading_LeavesTheBlock(string template)
    {
        var block = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Filler);

        Assert.Equal([block], RunTogetherHeadings.Split([block]));
    }

    [Fact]
    public void Parse_ARunTogetherReport_CitesTheSectionsItRanTogether()
    {
        var text = $"Kenya\n\n2024 Country Reports on Human Rights Practices\n\nExecutive Summary\n\n{Filler} Section 1. Life a. Extrajudicial Killings Police shot protesters in June. {Filler}\n";

        var report = ReportTextParser.Parse(ReportTextParser.SplitBlocks(text), "text/2024/kenya.txt");

        var shooting = Assert.Single(report.Passages, p => p.Text.Contains("Police shot protesters", StringComparison.Ordinal));
        Assert.Equal(["Section 1. Life", "a. Extrajudicial Killings"], shooting.SectionPath);
        Assert.DoesNotContain(report.Passages, p => p.Text.Contains("Section 1. Life", StringComparison.Ordinal));
    }
}
