namespace RightsBot.Core.Fetching;

/// <summary>
/// Downloads report pages into the corpus folder (<c>Corpus:Path</c>) as <c>&lt;year&gt;/&lt;slug&gt;.html</c>,
/// incrementally and politely; the next index load picks them up. Used by <c>reports fetch</c>, and by anything
/// that keeps the corpus current.
/// </summary>
public interface IReportFetcher
{
    /// <summary>Fetches the selected reports; a report that fails is listed and skipped, never stored.</summary>
    /// <exception cref="FormatException">A country in the selection names no country.</exception>
    /// <exception cref="Corpus.CorpusFormatException">The corpus path is a file, not a folder.</exception>
    /// <exception cref="OperationCanceledException">Cancelled: files stored so far stay, with their manifest entries; no file is half-written.</exception>
    Task<FetchResult> FetchAsync(ReportSelection selection, IProgress<FetchProgress>? progress = null, CancellationToken cancellationToken = default);
}
