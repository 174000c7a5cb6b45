using Microsoft.Extensions.Options;
using RightsBot.Core.Corpus;
using RightsBot.Core.Fetching;
using RightsBot.Core.Retrieval;

namespace RightsBot.Hosting;

/// <summary>
/// <c>serve</c> keeping itself current (<c>Reports:RefreshHours</c>; 0, the default, is off). Every so many hours it
/// asks again for the reports the corpus holds (conditional requests: an unchanged page costs no download) and for
/// the newest edition of their countries. When a report is new or changed, the new index and its vectors are built
/// beside the live one and swapped in: questions are answered throughout, never from a half-built index. It logs
/// counts only.
/// </summary>
internal sealed partial class ReportsRefreshService(
    IReportFetcher fetcher,
    PassageIndexProvider provider,
    IOptions<ReportsOptions> reports,
    IOptions<CorpusOptions> corpus,
    TimeProvider time,
    ILogger<ReportsRefreshService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var hours = reports.Value.RefreshHours;
        if (hours <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromHours(hours), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await RefreshAndLogFailuresAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: a fetch stopped midway leaves no half-written file, and the live index stays.
        }
    }

    /// <summary>One refresh: fetch, and rebuild and swap the index when anything is new or changed.</summary>
    /// <returns>What the fetch did, or null when the corpus holds no fetched report to keep current.</returns>
    internal async Task<FetchResult?> RefreshOnceAsync(CancellationToken cancellationToken = default)
    {
        var held = FetchManifest.Load(corpus.Value.Path).Entries;
        if (held.Count == 0)
        {
            LogNothingToRefresh(logger);
            return null;
        }

        var selection = new ReportSelection(
            new ReportYears([.. held.Select(e => e.Year).Distinct().Order()], Latest: true),
            [.. held.Select(e => e.Country).Distinct(StringComparer.Ordinal)]);
        var result = await fetcher.FetchAsync(selection, cancellationToken: cancellationToken).ConfigureAwait(false);
        LogFetched(logger, result.New, result.Changed, result.Unchanged, result.Failures.Count);
        if (result.New + result.Changed > 0)
        {
            var built = await provider.LoadAsync(IndexLoad.Refresh, cancellationToken: cancellationToken).ConfigureAwait(false);
            LogSwapped(logger, built.Reports, built.Passages);
        }

        return result;
    }

    private async Task RefreshAndLogFailuresAsync(CancellationToken cancellationToken)
    {
        try
        {
            await RefreshOnceAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
        {
            // The live index keeps answering; the next refresh tries again.
            LogFailed(logger, ex.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Report refresh: nothing fetched yet to keep current (run reports fetch first)")]
    private static partial void LogNothingToRefresh(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Report refresh: {New} new, {Changed} changed, {Unchanged} unchanged, {Failed} failed")]
    private static partial void LogFetched(ILogger logger, int @new, int changed, int unchanged, int failed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Report refresh: new index swapped in, {Reports} reports, {Passages} passages")]
    private static partial void LogSwapped(ILogger logger, int reports, int passages);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Report refresh failed ({Error}); the live index keeps answering, the next refresh tries again")]
    private static partial void LogFailed(ILogger logger, string error);
}
