using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RightsBot.Core.Corpus;
using RightsBot.Core.Fetching;
using RightsBot.TestSupport.ReportSite;

namespace RightsBot.Core.Tests.Fetching;

/// <summary>
/// A report fetcher pointed at a fresh loopback stand-in of the site, storing into a temporary corpus folder, with
/// no pause between requests. Its catalog lists two 2016 reports, one 2016 page the site lacks, and the two 2024
/// reports; the 2022 edition is found through its index page.
/// </summary>
internal sealed class FetchHarness : IAsyncDisposable
{
    public static readonly ReportCatalog Catalog = new([
        new ReportEntry(2016, "kazakhstan", "Kazakhstan"),
        new ReportEntry(2016, "brazil", "Brazil"),
        new ReportEntry(2016, "atlantis", "Atlantis"),
        new ReportEntry(2024, "japan", "Japan"),
        new ReportEntry(2024, "kazakhstan", "Kazakhstan"),
    ]);

    private readonly TempFolder _folder = new();
    private readonly HttpClient _http = new();

    private FetchHarness(ReportSiteStandIn site) => Site = site;

    public ReportSiteStandIn Site { get; }

    public string Corpus => _folder.Path;

    public static async Task<FetchHarness> StartAsync() => new(await ReportSiteStandIn.StartAsync(TestPaths.HtmlSamples));

    public static ReportSelection Select(string years, params string[] countries) => new(ReportYears.Parse(years, DateTime.UtcNow.Year), countries);

    public string FileOf(int year, string slug) => Path.Combine(Corpus, year.ToString(System.Globalization.CultureInfo.InvariantCulture), slug + ".html");

    public ReportFetcher Fetcher(ReportCatalog? catalog = null, TimeProvider? time = null, ReportsOptions? options = null)
        => new(
            _http,
            catalog ?? Catalog,
            Options.Create(options ?? new ReportsOptions { SourceUrl = Site.BaseUrl.ToString(), DelayMilliseconds = 0 }),
            Options.Create(new CorpusOptions { Path = Corpus }),
            time ?? TimeProvider.System,
            NullLogger<ReportFetcher>.Instance);

    public Task<FetchResult> FetchAsync(string years, params string[] countries) => Fetcher().FetchAsync(Select(years, countries));

    /// <summary>Every file under the corpus folder, relative to it, with / between folders.</summary>
    public IReadOnlyList<string> Files()
        => [.. Directory.EnumerateFiles(Corpus, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Corpus, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    public async ValueTask DisposeAsync()
    {
        await Site.DisposeAsync();
        _http.Dispose();
        _folder.Dispose();
    }
}
