using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using RightsBot.Core.Answering;
using RightsBot.Core.Corpus;
using RightsBot.Core.Fetching;
using RightsBot.Core.Tests.Answering;
using RightsBot.TestSupport.ReportSite;

namespace RightsBot.Core.Tests.Fetching;

public class ReportFetcherTests
{
    private const string SeedQuestion = "In Kazakhstan's 2016 report, how many torture complaints does the prosecutor general register a year?";

    [Fact]
    public async Task FetchAsync_FirstRun_StoresEachReportAsServedAndListsTheMissingOne()
    {
        await using var harness = await FetchHarness.StartAsync();

        var result = await harness.FetchAsync("2016,2024");

        Assert.Equal((5, 4, 0, 0), (result.Selected, result.New, result.Changed, result.Unchanged));
        var failure = Assert.Single(result.Failures);
        Assert.Equal("2016/atlantis", failure.Name);
        Assert.Contains("404", failure.Reason, StringComparison.Ordinal);
        Assert.Equal(["2016/brazil.html", "2016/kazakhstan.html", "2024/japan.html", "2024/kazakhstan.html", "reports.json"], harness.Files());
        Assert.Equal(harness.Site.PageAt(ReportSiteStandIn.ReportPath(2016, "kazakhstan")), await File.ReadAllBytesAsync(harness.FileOf(2016, "kazakhstan")));
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(TestPaths.HtmlSamples, "japan-2024.html")), await File.ReadAllBytesAsync(harness.FileOf(2024, "japan")));
        Assert.All(harness.Site.Requests, r => Assert.StartsWith("RightsBot/", r.UserAgent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task FetchAsync_SecondRun_AsksOnlyWhetherPagesChangedAndDownloadsNothing()
    {
        await using var harness = await FetchHarness.StartAsync();
        await harness.FetchAsync("2016,2024");
        var before = harness.Site.Requests.Count;
        var written = File.GetLastWriteTimeUtc(harness.FileOf(2016, "brazil"));

        var result = await harness.FetchAsync("2016,2024");

        Assert.Equal((0, 0, 4), (result.New, result.Changed, result.Unchanged));
        var second = harness.Site.Requests.Skip(before).Where(r => r.Status is 200 or 304).ToList();
        Assert.Equal(4, second.Count);
        Assert.All(second, r => Assert.Equal(304, r.Status));
        Assert.All(second, r => Assert.NotNull(r.IfNoneMatch));
        Assert.All(second, r => Assert.NotNull(r.IfModifiedSince));
        Assert.Equal(written, File.GetLastWriteTimeUtc(harness.FileOf(2016, "brazil")));
    }

    [Fact]
    public async Task FetchAsync_ChangedPage_IsFetchedAgainAndTheCorpusReadsTheNewText()
    {
        await using var harness = await FetchHarness.StartAsync();
        await harness.FetchAsync("2016");
        var path = ReportSiteStandIn.ReportPath(2016, "kazakhstan");
        harness.Site.SetPage(path, Replace(harness.Site.PageAt(path), "600 torture complaints", "700 torture complaints"));

        var result = await harness.FetchAsync("2016");

        Assert.Equal((0, 1, 1), (result.New, result.Changed, result.Unchanged));
        var corpus = new CorpusLoader(NullLogger<CorpusLoader>.Instance).Load(harness.Corpus);
        Assert.Contains(corpus.Passages, p => p.Text.Contains("700 torture complaints", StringComparison.Ordinal));
        Assert.DoesNotContain(corpus.Passages, p => p.Text.Contains("600 torture complaints", StringComparison.Ordinal));
        var entry = FetchManifest.Load(harness.Corpus).Find(2016, "kazakhstan")!;
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(harness.Site.PageAt(path))), entry.Sha256);
    }

    [Fact]
    public async Task FetchAsync_PageFoundThroughARedirect_IsAskedForAtItsNewAddressNextTime()
    {
        await using var harness = await FetchHarness.StartAsync();
        await harness.FetchAsync("2024", "Japan");
        var canonical = ReportSiteStandIn.ReportPath(2024, "japan").TrimEnd('/');
        var before = harness.Site.Requests.Count;

        var result = await harness.FetchAsync("2024", "Japan");

        Assert.EndsWith(canonical, FetchManifest.Load(harness.Corpus).Find(2024, "japan")!.Url, StringComparison.Ordinal);
        Assert.Equal(1, result.Unchanged);
        Assert.Equal([(canonical, 304)], harness.Site.Requests.Skip(before).Select(r => (r.Path, r.Status)));
    }

    [Fact]
    public async Task FetchAsync_PageGoneFromItsStoredAddress_IsAskedForAtItsUsualAddress()
    {
        await using var harness = await FetchHarness.StartAsync();
        await harness.FetchAsync("2024", "Japan");
        var manifest = FetchManifest.Load(harness.Corpus);
        manifest.Set(manifest.Find(2024, "japan")! with { Url = new Uri(harness.Site.BaseUrl, "/moved/japan").ToString() });
        manifest.Save();

        var result = await harness.FetchAsync("2024", "Japan");

        Assert.Equal(1, result.Unchanged);
        Assert.Equal([404, 301, 304], harness.Site.Requests.TakeLast(3).Select(r => r.Status));
    }

    [Fact]
    public async Task FetchAsync_FetchedPage_AnswersTheSeedQuestionWithTheShippedTextsPassage()
    {
        await using var harness = await FetchHarness.StartAsync();
        await harness.FetchAsync("2016", "Kazakhstan");
        var fetched = AnswererFixture.Create(harness.Corpus);
        var shipped = AnswererFixture.Create(Path.Combine(TestPaths.Corpus, "kazakhstan-2016.txt"));

        var fromPage = await fetched.AnswerAsync(new Question(SeedQuestion));
        var fromText = await shipped.AnswerAsync(new Question(SeedQuestion));

        Assert.Equal(["2016/kazakhstan.html", "reports.json"], harness.Files());
        Assert.True(fromPage.Answered);
        Assert.Contains("600 torture complaints on average per year", fromPage.Sources[0].Text, StringComparison.Ordinal);
        Assert.Equal(fromText.Sources[0].Text, fromPage.Sources[0].Text);
        Assert.Equal(fromText.Sources[0].Section, fromPage.Sources[0].Section);
    }

    [Fact]
    public async Task FetchAsync_YearTheCatalogLacks_ReadsItsIndexPageAndReportsWhatFails()
    {
        await using var harness = await FetchHarness.StartAsync();

        var result = await harness.FetchAsync("2022");

        // Kazakhstan's absolute link, the press note's relative one, Atlantis's missing page; not last year's or /about/.
        Assert.Equal(3, result.Selected);
        Assert.Equal(1, result.New);
        Assert.Equal(["2022/atlantis", "2022/press-note"], result.Failures.Select(f => f.Name).Order(StringComparer.Ordinal));
        Assert.Contains("no report body", result.Failures.Single(f => f.Name == "2022/press-note").Reason, StringComparison.Ordinal);
        Assert.Equal(["2022/kazakhstan.html", "reports.json"], harness.Files());
        Assert.Contains(harness.Site.Requests, r => r.Path == ReportSiteStandIn.IndexPath(2022));
    }

    [Fact]
    public async Task FetchAsync_Latest_IsTheNewestEditionWithAnIndexPage()
    {
        await using var harness = await FetchHarness.StartAsync();
        var only2016 = new ReportCatalog(FetchHarness.Catalog.Entries.Where(e => e.Year == 2016));
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero));

        var result = await harness.Fetcher(only2016, time).FetchAsync(new ReportSelection(new ReportYears([], Latest: true), []));

        Assert.Equal((2, 2), (result.Selected, result.New));
        Assert.Equal(["2024/japan.html", "2024/kazakhstan.html", "reports.json"], harness.Files());
        Assert.Equal([ReportSiteStandIn.IndexPath(2025), ReportSiteStandIn.IndexPath(2024)], harness.Site.Requests.Take(2).Select(r => r.Path));
    }

    [Theory]
    [InlineData("Kazakhstan", new[] { "2016/kazakhstan.html", "2024/kazakhstan.html" })]
    [InlineData("kazakh", new[] { "2016/kazakhstan.html", "2024/kazakhstan.html" })]
    [InlineData("Japan,Brazil", new[] { "2016/brazil.html", "2024/japan.html" })]
    public async Task FetchAsync_Countries_FetchesOnlyTheirReports(string countries, string[] expected)
    {
        await using var harness = await FetchHarness.StartAsync();

        var result = await harness.FetchAsync("2016,2024", countries.Split(','));

        Assert.Equal(expected.Length, result.New);
        Assert.Equal([.. expected, "reports.json"], harness.Files());
    }

    [Fact]
    public async Task FetchAsync_UnknownCountry_ThrowsBeforeAnyRequest()
    {
        await using var harness = await FetchHarness.StartAsync();

        var error = await Assert.ThrowsAsync<FormatException>(() => harness.FetchAsync("2016", "Narnia"));

        Assert.Contains("Narnia", error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Site.Requests);
        Assert.Empty(harness.Files());
    }

    [Fact]
    public async Task FetchAsync_CorpusCopyUnderAnotherName_IsListedAsADuplicate()
    {
        await using var harness = await FetchHarness.StartAsync();
        File.Copy(Path.Combine(TestPaths.Corpus, "kazakhstan-2016.txt"), Path.Combine(harness.Corpus, "kazakhstan-2016.txt"));

        var result = await harness.FetchAsync("2016", "Kazakhstan");

        var duplicate = Assert.Single(result.Duplicates);
        Assert.Equal(("2016/kazakhstan.html", "kazakhstan-2016.txt"), (duplicate.FetchedFile.Replace('\\', '/'), duplicate.OtherFile));
    }

    internal static byte[] Replace(byte[] page, string from, string to)
        => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(page).Replace(from, to, StringComparison.Ordinal));
}
