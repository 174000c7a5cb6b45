using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RightsBot.Core.Corpus;
using RightsBot.Core.Fetching;
using RightsBot.TestSupport.ReportSite;

namespace RightsBot.Core.Tests.Fetching;

// What goes wrong never replaces a good file, and never leaves part of one.
public class ReportFetcherFailureTests
{
    private static readonly string Kazakhstan2016 = ReportSiteStandIn.ReportPath(2016, "kazakhstan");

    public static TheoryData<string, string> BrokenPages => new()
    {
        { "no report body", "<html><head><title>Kazakhstan - United States Department of State</title></head><body><p>Maintenance</p></body></html>" },
        { "no passages", "<html><head><title>Kazakhstan - United States Department of State</title></head><body><section class=\"report__main\"><h2>Section 1. Respect for the Integrity of the Person</h2><h3>a. Arbitrary Deprivation of Life</h3></section></body></html>" },
    };

    [Theory]
    [MemberData(nameof(BrokenPages))]
    public async Task FetchAsync_ChangedPageThatIsNoReport_FailsAndKeepsTheOldFile(string reason, string html)
    {
        await using var harness = await FetchHarness.StartAsync();
        await harness.FetchAsync("2016");
        var good = await File.ReadAllBytesAsync(harness.FileOf(2016, "kazakhstan"));
        var entry = FetchManifest.Load(harness.Corpus).Find(2016, "kazakhstan");
        harness.Site.SetPage(Kazakhstan2016, Encoding.UTF8.GetBytes(html));

        var result = await harness.FetchAsync("2016");

        var failure = Assert.Single(result.Failures, f => f.Name == "2016/kazakhstan");
        Assert.Contains(reason, failure.Reason, StringComparison.Ordinal);
        Assert.Equal(good, await File.ReadAllBytesAsync(harness.FileOf(2016, "kazakhstan")));
        Assert.Equal(entry, FetchManifest.Load(harness.Corpus).Find(2016, "kazakhstan"));
        Assert.DoesNotContain(harness.Files(), f => f.EndsWith(AtomicFile.TemporarySuffix, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(404)]
    [InlineData(500)]
    public async Task FetchAsync_ServerError_FailsAndKeepsTheOldFile(int status)
    {
        await using var harness = await FetchHarness.StartAsync();
        await harness.FetchAsync("2016");
        var good = await File.ReadAllBytesAsync(harness.FileOf(2016, "kazakhstan"));
        harness.Site.FailAlways(Kazakhstan2016, status);

        var result = await harness.FetchAsync("2016");

        Assert.Contains(result.Failures, f => f.Name == "2016/kazakhstan" && f.Reason.Contains($"HTTP {status}", StringComparison.Ordinal));
        Assert.Equal(1, result.Unchanged);
        Assert.Equal(good, await File.ReadAllBytesAsync(harness.FileOf(2016, "kazakhstan")));
    }

    [Fact]
    public async Task FetchAsync_InterruptedMidPage_LeavesNoPartialFileAndTheNextRunContinues()
    {
        await using var harness = await FetchHarness.StartAsync();
        harness.Site.StallHalfway(Kazakhstan2016); // brazil comes first, kazakhstan second
        using var stop = new CancellationTokenSource();
        var run = harness.Fetcher().FetchAsync(FetchHarness.Select("2016"), cancellationToken: stop.Token);
        await harness.Site.Stalled.WaitAsync(TimeSpan.FromSeconds(30));

        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.Equal(["2016/brazil.html", "reports.json"], harness.Files());
        Assert.NotNull(FetchManifest.Load(harness.Corpus).Find(2016, "brazil"));

        var next = await harness.FetchAsync("2016");

        Assert.Equal((1, 1), (next.New, next.Unchanged));
        Assert.Equal(["2016/brazil.html", "2016/kazakhstan.html", "reports.json"], harness.Files());
    }

    [Fact]
    public async Task FetchAsync_LeftoverTemporaryFile_IsNeverReadAndIsReplaced()
    {
        await using var harness = await FetchHarness.StartAsync();
        Directory.CreateDirectory(Path.Combine(harness.Corpus, "2016"));
        var leftover = Path.Combine(harness.Corpus, "2016", ".kazakhstan.html" + AtomicFile.TemporarySuffix);
        await File.WriteAllTextAsync(leftover, "<html><body><section class=\"report__main\"><p>half a pa");

        Assert.Empty(CorpusLoader.FindFiles(harness.Corpus));
        await harness.FetchAsync("2016", "Kazakhstan");

        Assert.False(File.Exists(leftover));
        Assert.Equal(["2016/kazakhstan.html", "reports.json"], harness.Files());
    }

    [Fact]
    public async Task FetchAsync_CorpusPathIsAFile_ThrowsAndWritesNothing()
    {
        await using var harness = await FetchHarness.StartAsync();
        var file = Path.Combine(harness.Corpus, "one.txt");
        await File.WriteAllTextAsync(file, "x");
        var fetcher = new ReportFetcher(new HttpClient(), FetchHarness.Catalog,
            Options.Create(new ReportsOptions { SourceUrl = harness.Site.BaseUrl.ToString() }),
            Options.Create(new CorpusOptions { Path = file }),
            TimeProvider.System, NullLogger<ReportFetcher>.Instance);

        await Assert.ThrowsAsync<CorpusFormatException>(() => fetcher.FetchAsync(FetchHarness.Select("2016")));

        Assert.Empty(harness.Site.Requests);
    }
}
