using RightsBot.Core.Fetching;

namespace RightsBot.Core.Tests.Fetching;

public class ReportSiteTests
{
    private static readonly Uri Index2023 = new("https://www.state.gov/reports/2023-country-reports-on-human-rights-practices/");

    [Theory]
    [InlineData("https://www.state.gov", "https://www.state.gov/reports/2016-country-reports-on-human-rights-practices/kazakhstan/")]
    [InlineData("https://www.state.gov/", "https://www.state.gov/reports/2016-country-reports-on-human-rights-practices/kazakhstan/")]
    [InlineData("http://127.0.0.1:5000", "http://127.0.0.1:5000/reports/2016-country-reports-on-human-rights-practices/kazakhstan/")]
    [InlineData("http://mirror.example/state/", "http://mirror.example/state/reports/2016-country-reports-on-human-rights-practices/kazakhstan/")]
    public void ReportUrl_TheSourceReplacesSchemeAndHost(string source, string expected)
        => Assert.Equal(expected, new ReportSite(new Uri(source)).ReportUrl(2016, "kazakhstan").ToString());

    [Fact]
    public void IndexUrl_TheEditionsAddressWithoutASlug()
        => Assert.Equal(Index2023, new ReportSite(new Uri("https://www.state.gov")).IndexUrl(2023));

    [Theory]
    [InlineData("<a href=\"https://www.state.gov/reports/2023-country-reports-on-human-rights-practices/kazakhstan/\">K</a>", "kazakhstan")]
    [InlineData("<a href=\"http://127.0.0.1:9/reports/2023-country-reports-on-human-rights-practices/kazakhstan\">K</a>", "kazakhstan")]
    [InlineData("<a href=\"/reports/2023-country-reports-on-human-rights-practices/kyrgyz-republic/\">K</a>", "kyrgyz-republic")]
    [InlineData("<a href=\"japan/\">J</a><a href=\"./brazil/\">B</a>", "japan brazil")]
    [InlineData("<select><option value=\"/reports/2023-country-reports-on-human-rights-practices/c-te-d-ivoire/\">C</option></select>", "c-te-d-ivoire")]
    [InlineData("<div data-url=\"https://www.state.gov/reports/2023-country-reports-on-human-rights-practices/chad/\"></div>", "chad")]
    [InlineData("<a href=\"kenya/\">K</a><a href=\"https://www.state.gov/reports/2023-country-reports-on-human-rights-practices/kenya/#section\">K</a>", "kenya")]
    [InlineData("<a href=\"/reports/2022-country-reports-on-human-rights-practices/kenya/\">last year</a>", "")]
    [InlineData("<a href=\"/reports/2023-country-reports-on-human-rights-practices/\">this page</a><a href=\"/about/\">About</a>", "")]
    [InlineData("<a href=\"/reports/2023-country-reports-on-human-rights-practices/kenya/section-1/\">deeper</a>", "")]
    [InlineData("<a href=\"Kenya/\">upper case</a><div class=\"kenya\" id=\"japan\"></div>", "")]
    [InlineData("<a href=\"mailto:someone@example.org\">mail</a><a href=\"javascript:void(0)\">x</a>", "")]
    public void FindReportSlugs_EveryLinkToAReportOfTheYear(string body, string expected)
    {
        var slugs = ReportSite.FindReportSlugs($"<html><body>{body}</body></html>", 2023, Index2023);

        Assert.Equal(expected, string.Join(' ', slugs));
    }

    [Fact]
    public void FindReportSlugs_OnAMirrorWithAPathPrefix_ReadsItsRelativeLinks()
    {
        var page = new Uri("http://mirror.example/state/reports/2023-country-reports-on-human-rights-practices/");

        Assert.Equal(["japan"], ReportSite.FindReportSlugs("<a href=\"japan/\">J</a>", 2023, page));
    }
}
