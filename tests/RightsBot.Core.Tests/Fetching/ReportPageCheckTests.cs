using RightsBot.Core.Fetching;

namespace RightsBot.Core.Tests.Fetching;

public class ReportPageCheckTests
{
    [Fact]
    public void Check_SavedStateGovPage_IsAReport()
    {
        var (report, problem) = ReportPageCheck.Check(File.ReadAllBytes(Path.Combine(TestPaths.HtmlSamples, "kazakhstan-2016.html")), "2016/kazakhstan.html");

        Assert.Null(problem);
        Assert.Equal(("Kazakhstan", 2016), (report!.Country, report.Year));
        Assert.NotEmpty(report.Passages);
    }

    // Stored as <year>/<slug>.html, a page that does not say its year (no canonical link) takes its folder's.
    [Fact]
    public void Check_PageWithoutCanonicalLink_TakesTheYearFromItsFolder()
    {
        var html = "<html><head><title>Testland - United States Department of State</title></head><body><section class=\"report__main\">"
            + "<h2>Section 1. Respect for the Integrity of the Person</h2><p>Police detained journalists without charge.</p></section></body></html>";

        var (report, problem) = ReportPageCheck.Check(System.Text.Encoding.UTF8.GetBytes(html), Path.Combine("corpus", "2019", "testland.html"));

        Assert.Null(problem);
        Assert.Equal(("Testland", 2019), (report!.Country, report.Year));
    }

    [Theory]
    [InlineData("<html><body><p>Page not found</p></body></html>", "no report body")]
    [InlineData("<html><body><section class=\"report__main\"><h2>Section 1. Respect for the Integrity of the Person</h2></section></body></html>", "no passages")]
    [InlineData("", "empty")]
    public void Check_NoReport_SaysWhy(string html, string reason)
    {
        var (report, problem) = ReportPageCheck.Check(System.Text.Encoding.UTF8.GetBytes(html), "2016/kazakhstan.html");

        Assert.Null(report);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NotUtf8_SaysWhy()
        => Assert.Contains("UTF-8", ReportPageCheck.Check([0x3C, 0x70, 0xFF, 0xFE, 0x3E], "2016/kazakhstan.html").Problem, StringComparison.Ordinal);
}
