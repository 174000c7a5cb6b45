using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RightsBot.Core.Corpus;

namespace RightsBot.Core.Fetching;

/// <summary>
/// Fetches the selected reports into the corpus folder: the catalog (or an index page) says which exist, the
/// manifest which are stored, and each page is asked for with If-None-Match / If-Modified-Since, one request at a
/// time by default with a pause between two (<see cref="ReportsOptions"/>). The <see cref="HttpClient"/> it is given
/// carries the retries and timeouts.
/// </summary>
public sealed class ReportFetcher(
    HttpClient http, ReportCatalog catalog, IOptions<ReportsOptions> options, IOptions<CorpusOptions> corpusOptions, TimeProvider time, ILogger<ReportFetcher> logger)
    : IReportFetcher
{
    // The manifest is saved after this many stored reports, as well as at the end: a process killed in between
    // loses at most these entries, and their pages are then fetched again and found the same by their hash.
    private const int ManifestSaveInterval = 25;

    public async Task<FetchResult> FetchAsync(ReportSelection selection, IProgress<FetchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(selection);
        var started = time.GetTimestamp();
        var settings = options.Value;
        var source = ReportsOptions.ParseSource(settings.SourceUrl)
            ?? throw new OptionsValidationException(ReportsOptions.SectionName, typeof(ReportsOptions), [$"{ReportsOptions.SectionName}:SourceUrl '{settings.SourceUrl}' is not an absolute http or https URL"]);
        var folder = corpusOptions.Value.Path;
        if (File.Exists(folder))
        {
            throw new CorpusFormatException($"'{folder}' is a file; reports are fetched into a folder");
        }

        // Country names are checked before the first request.
        var filter = ReportCountryFilter.Create(selection.Countries, catalog);
        Directory.CreateDirectory(folder);
        var manifest = LoadManifest(folder);
        var site = new ReportSite(source);
        var pacer = new RequestPacer(TimeSpan.FromMilliseconds(settings.DelayMilliseconds), settings.MaxConcurrency, time);
        var download = new ReportDownload(http, site, settings.UserAgent, folder, manifest, time);
        var failures = new List<FetchFailure>();
        var discovery = new ReportDiscovery(catalog, site, async (year, ct) =>
        {
            await pacer.WaitAsync(ct).ConfigureAwait(false);
            return await download.GetIndexPageAsync(year, ct).ConfigureAwait(false);
        }, time);
        var entries = (await discovery.ResolveAsync(selection.Years, failures, cancellationToken).ConfigureAwait(false)).Where(filter.Matches).ToList();

        var tally = new Tally(entries.Count, progress);
        var stored = new List<ReportEntry>();
        var gate = new Lock();
        var unsaved = 0;
        tally.Report();
        try
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = settings.MaxConcurrency, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(entries, parallel, async (entry, ct) =>
            {
                await pacer.WaitAsync(ct).ConfigureAwait(false);
                var (outcome, failure) = await download.FetchAsync(entry, ct).ConfigureAwait(false);
                logger.LogDebug("Report {Report}: {Outcome}", entry.Name, outcome);
                lock (gate)
                {
                    if (failure is not null)
                    {
                        failures.Add(failure);
                    }
                    else
                    {
                        stored.Add(entry);
                    }

                    if (outcome is FetchOutcome.New or FetchOutcome.Changed && ++unsaved >= ManifestSaveInterval)
                    {
                        manifest.Save();
                        unsaved = 0;
                    }

                    tally.Add(outcome);
                }
            }).ConfigureAwait(false);
        }
        finally
        {
            manifest.Save();
        }

        var duplicates = CorpusCopies.Find(folder, stored, download.PathOf);
        return new FetchResult(entries.Count, tally.New, tally.Changed, tally.Unchanged, failures, duplicates, time.GetElapsedTime(started));
    }

    private static FetchManifest LoadManifest(string folder)
    {
        try
        {
            return FetchManifest.Load(folder);
        }
        catch (InvalidDataException ex)
        {
            throw new CorpusFormatException($"{ex.Message}; move it away to fetch afresh", ex);
        }
    }

    // Counts by outcome, reported after each report (under the caller's lock).
    private sealed class Tally(int total, IProgress<FetchProgress>? progress)
    {
        private readonly int[] _counts = new int[Enum.GetValues<FetchOutcome>().Length];

        public int New => _counts[(int)FetchOutcome.New];

        public int Changed => _counts[(int)FetchOutcome.Changed];

        public int Unchanged => _counts[(int)FetchOutcome.Unchanged];

        public void Add(FetchOutcome outcome)
        {
            _counts[(int)outcome]++;
            Report();
        }

        public void Report()
            => progress?.Report(new FetchProgress(_counts.Sum(), total, New, Changed, Unchanged, _counts[(int)FetchOutcome.Failed]));
    }
}
