using RightsBot.Core.Answering;

namespace RightsBot.Core.Tests.Answering;

public sealed class CitationLabelTests
{
    [Theory]
    [InlineData("Kazakhstan", 2016, "Kazakhstan 2016")]
    [InlineData("Turkey (Türkiye)", 2023, "Turkey (Türkiye) 2023")]
    public void Report_CountryAndYear_NamesTheReport(string country, int year, string expected)
        => Assert.Equal(expected, CitationLabel.Report(country, year));

    [Theory]
    [InlineData("Kazakhstan 2016", "Section 1.c Torture › Prison Conditions", "Kazakhstan 2016 · Section 1.c Torture › Prison Conditions")]
    [InlineData("Kazakhstan 2016", "Executive Summary", "Kazakhstan 2016 · Executive Summary")]
    [InlineData("Kazakhstan 2016", "", "Kazakhstan 2016")]
    [InlineData("Kazakhstan 2016", "  ", "Kazakhstan 2016")]
    [InlineData("Kazakhstan 2016", null, "Kazakhstan 2016")]
    public void Format_ReportAndSection_OneLabelWithOrWithoutTheSection(string report, string? section, string expected)
        => Assert.Equal(expected, CitationLabel.Format(report, section));

    [Theory]
    [InlineData(1, "Kazakhstan 2016 · Executive Summary", "[1] Kazakhstan 2016 · Executive Summary")]
    [InlineData(12, "Brazil 2016", "[12] Brazil 2016")]
    public void Numbered_RankAndLabel_RankInBracketsFirst(int rank, string label, string expected)
        => Assert.Equal(expected, CitationLabel.Numbered(rank, label));

    [Theory]
    [InlineData("Section 2.b Freedom of Assembly", "Kazakhstan 2016 · Section 2.b Freedom of Assembly", "[3] Kazakhstan 2016 · Section 2.b Freedom of Assembly")]
    [InlineData("", "Kazakhstan 2016", "[3] Kazakhstan 2016")]
    public void AnswerSource_LabelAndCitation_ComeFromTheOneLabel(string section, string label, string citation)
    {
        var source = new AnswerSource(3, "kazakhstan-2016.40", "Kazakhstan", 2016, section, 1, "text");
        var passage = new PassageView("kazakhstan-2016.40", "Kazakhstan", 2016, section, "text");

        Assert.Equal(label, source.Label);
        Assert.Equal(citation, source.Citation);
        Assert.Equal(label, passage.Label);
        Assert.Equal("Kazakhstan 2016", passage.Report);
    }
}
