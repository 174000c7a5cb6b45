using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RightsBot.Core.Fetching;
using RightsBot.Hosting;
using RightsBot.TestSupport;
using RightsBot.TestSupport.ReportSite;

namespace RightsBot.Tests.Hosting;

// The fetcher as the console commands compose it: its HTTP client retries what is worth retrying, waiting what a
// 429 or 503 asks, on the registered clock.
public sealed class ReportFetchingTests : IAsyncLifetime
{
    private static readonly string Kazakhstan2016 = ReportSiteStandIn.ReportPath(2016, "kazakhstan");

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 9, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly DirectoryInfo _corpus = Directory.CreateTempSubdirectory("rightsbot-fetching-");
    private ReportSiteStandIn _site = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _site = await ReportSiteStandIn.StartAsync(Path.Combine(CliRunner.Fixtures, "html"));
        _services = ConsoleServices.Build(TextWriter.Null, new Dictionary<string, string?>
        {
            ["Corpus:Path"] = _corpus.FullName,
            ["Reports:SourceUrl"] = _site.BaseUrl.ToString(),
            ["Reports:DelayMilliseconds"] = "0",
        }, services => services.AddSingleton<TimeProvider>(_time));
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _site.DisposeAsync();
        _corpus.Delete(recursive: true);
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable, 30)]
    [InlineData(HttpStatusCode.TooManyRequests, 7)]
    public async Task FetchAsync_RetryAfter_WaitsWhatTheSiteAsksThenFetches(HttpStatusCode status, int seconds)
    {
        _site.FailOnce(Kazakhstan2016, (int)status, seconds.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var fetch = FetchKazakhstan2016Async();
        await WaitForRequestsAsync(1);
        var waited = await _time.AdvanceUntilAsync(() => Requests().Count >= 2);
        var result = await fetch.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.InRange(waited.TotalSeconds, seconds, seconds + 1);
        Assert.Equal(1, result.New);
        Assert.Equal([(int)status, 200], Requests().Select(r => r.Status));
    }

    [Fact]
    public async Task FetchAsync_ServerErrorWithoutRetryAfter_BacksOffThenFetches()
    {
        _site.FailOnce(Kazakhstan2016, 500, retryAfter: null);

        var fetch = FetchKazakhstan2016Async();
        await WaitForRequestsAsync(1);
        var waited = await _time.AdvanceUntilAsync(() => Requests().Count >= 2);

        Assert.Equal(1, (await fetch.WaitAsync(TimeSpan.FromSeconds(30))).New);
        Assert.InRange(waited, TimeSpan.FromSeconds(0.1), ReportFetching.BaseDelay * 2);
    }

    [Fact]
    public async Task FetchAsync_NotFound_IsNotRetried()
    {
        _site.FailAlways(Kazakhstan2016, 404);

        var result = await FetchKazakhstan2016Async().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Single(result.Failures);
        Assert.Single(Requests());
    }

    [Fact]
    public void AddReportFetching_ResolvesTheFetcherWithTheShippedCatalog()
    {
        Assert.IsType<ReportFetcher>(_services.GetRequiredService<IReportFetcher>());
        Assert.Same(ReportCatalog.Shipped, _services.GetRequiredService<ReportCatalog>());
    }

    private Task<FetchResult> FetchKazakhstan2016Async()
        => _services.GetRequiredService<IReportFetcher>().FetchAsync(new ReportSelection(ReportYears.Parse("2016", 2025), ["Kazakhstan"]));

    private List<SiteRequest> Requests() => [.. _site.Requests.Where(r => r.Path == Kazakhstan2016)];

    private async Task WaitForRequestsAsync(int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (Requests().Count < count)
        {
            await Task.Delay(10, timeout.Token);
        }
    }
}
