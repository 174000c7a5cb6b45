using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RightsBot.Core.Corpus;
using RightsBot.Core.Fetching;
using RightsBot.Core.Retrieval;
using RightsBot.Hosting;

namespace RightsBot.Tests.Hosting;

// serve keeping itself current: a refresh that stores a new report swaps in an index that has it; one that finds
// nothing new leaves the live index alone; nothing fetched yet means nothing to refresh.
public sealed class ReportsRefreshServiceTests : IDisposable
{

    private readonly string _corpus = Path.Combine(Path.GetTempPath(), "rightsbot-refresh-" + Guid.NewGuid().ToString("N"));

    public ReportsRefreshServiceTests()
    {
        Directory.CreateDirectory(Path.Combine(_corpus, "2023"));
        File.WriteAllText(Path.Combine(_corpus, "2023", "kenya.txt"), Header(2023) + "Police detained protesters in Nairobi.\n");
        var manifest = FetchManifest.Load(_corpus);
        manifest.Set(new ManifestEntry(2023, "kenya", "Kenya", "https://www.state.gov/reports/2023-country-reports-on-human-rights-practices/kenya/", DateTimeOffset.UnixEpoch, "\"v1\"", null, "00"));
        manifest.Save();
    }

    [Fact]
    public async Task RefreshOnceAsync_NewReport_SwapsInAnIndexThatHasIt()
    {
        var fetcher = new FakeFetcher(() =>
        {
            Directory.CreateDirectory(Path.Combine(_corpus, "2024"));
            File.WriteAllText(Path.Combine(_corpus, "2024", "kenya.txt"), Header(2024) + "Courts freed the protesters.\n");
            return Result(@new: 1, unchanged: 1);
        });
        using var provider = Provider();
        var before = await provider.GetAsync();

        var result = await Service(fetcher, provider).RefreshOnceAsync();

        Assert.Equal(1, result!.New);
        var after = await provider.GetAsync();
        Assert.Equal(2, after.Corpus.Reports.Count);
        Assert.Single(before.Corpus.Reports); // the snapshot answering until the swap is untouched
        var selection = Assert.Single(fetcher.Selections);
        Assert.Equal([2023], selection.Years.Years);
        Assert.True(selection.Years.Latest);
        Assert.Equal(["Kenya"], selection.Countries);
    }

    [Fact]
    public async Task RefreshOnceAsync_NothingNewOrChanged_KeepsTheLiveIndex()
    {
        using var provider = Provider();
        var before = await provider.GetAsync();

        await Service(new FakeFetcher(() => Result(@new: 0, unchanged: 1)), provider).RefreshOnceAsync();

        Assert.Same(before, await provider.GetAsync());
    }

    [Fact]
    public async Task RefreshOnceAsync_NothingFetchedYet_AsksNothing()
    {
        File.Delete(Path.Combine(_corpus, FetchManifest.FileName));
        var fetcher = new FakeFetcher(() => Result(@new: 0, unchanged: 0));
        using var provider = Provider();

        Assert.Null(await Service(fetcher, provider).RefreshOnceAsync());
        Assert.Empty(fetcher.Selections);
    }

    [Fact]
    public async Task ExecuteAsync_EveryRefreshHours_FetchesAgain()
    {
        var time = new FakeTimeProvider();
        var fetcher = new FakeFetcher(() => Result(@new: 0, unchanged: 1));
        using var provider = Provider();
        using var service = Service(fetcher, provider, time, refreshHours: 6);

        await service.StartAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromHours(5));
        await Task.Delay(50);
        var early = fetcher.Selections.Count;
        for (var step = 0; step < 100 && fetcher.Selections.Count == 0; step++)
        {
            time.Advance(TimeSpan.FromHours(1));
            await Task.Delay(20);
        }

        await service.StopAsync(CancellationToken.None);
        Assert.Equal(0, early);
        Assert.NotEmpty(fetcher.Selections);
    }

    public void Dispose()
    {
        if (Directory.Exists(_corpus))
        {
            Directory.Delete(_corpus, recursive: true);
        }
    }

    private static string Header(int year) => $"Kenya\n\n{year} Country Reports on Human Rights Practices\n\nSection 1. Life\n\n";

    private static FetchResult Result(int @new, int unchanged) => new(@new + unchanged, @new, 0, unchanged, [], [], TimeSpan.Zero);

    private PassageIndexProvider Provider() => new(
        new PassageIndexBuilder(new CorpusLoader(NullLogger<CorpusLoader>.Instance), NullLogger<PassageIndexBuilder>.Instance),
        new DenseIndexStore(NullLogger<DenseIndexStore>.Instance),
        Options.Create(new CorpusOptions { Path = _corpus, CachePath = string.Empty }),
        Options.Create(new RetrievalOptions { Dense = DenseMode.Off }),
        Options.Create(new RankingOptions()),
        TimeProvider.System,
        NullLogger<PassageIndexProvider>.Instance);

    private ReportsRefreshService Service(IReportFetcher fetcher, PassageIndexProvider provider, TimeProvider? time = null, int refreshHours = 1) => new(
        fetcher, provider, Options.Create(new ReportsOptions { RefreshHours = refreshHours }), Options.Create(new CorpusOptions { Path = _corpus }),
        time ?? TimeProvider.System, NullLogger<ReportsRefreshService>.Instance);

    private sealed class FakeFetcher(Func<FetchResult> fetch) : IReportFetcher
    {
        public List<ReportSelection> Selections { get; } = [];

        public Task<FetchResult> FetchAsync(ReportSelection selection, IProgress<FetchProgress>? progress = null, CancellationToken cancellationToken = default)
        {
            lock (Selections)
            {
                Selections.Add(selection);
            }

            return Task.FromResult(fetch());
        }
    }
}
