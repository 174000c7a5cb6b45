using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;

namespace RightsBot.Core.Fetching;

/// <summary>
/// Fetches one report page into <c>&lt;corpus&gt;/&lt;year&gt;/&lt;slug&gt;.html</c>: asks only whether it changed
/// when the manifest knows it, checks a new copy as the corpus loader will read it, and stores it atomically. Any
/// failure leaves the stored copy as it was. Also reads editions' index pages.
/// </summary>
internal sealed class ReportDownload(HttpClient http, ReportSite site, string userAgent, string folder, FetchManifest manifest, TimeProvider time)
{
    // No report page comes near this (the largest sample is 0.34 MB); a larger answer is not a report.
    private const long MaxPageBytes = 32L * 1024 * 1024;

    /// <summary>Where an entry is stored.</summary>
    public string PathOf(ReportEntry entry)
        => Path.Combine(folder, entry.Year.ToString(CultureInfo.InvariantCulture), entry.Slug + ".html");

    public async Task<(FetchOutcome Outcome, FetchFailure? Failure)> FetchAsync(ReportEntry entry, CancellationToken cancellationToken)
    {
        var path = PathOf(entry);
        var stored = File.Exists(path) ? manifest.Find(entry.Year, entry.Slug) : null;

        // Where the page was last found (some editions answer the slash-ended address with a redirect), else where
        // it should be; when the page has left the former, the latter is asked.
        var address = site.ReportUrl(entry.Year, entry.Slug);
        var url = stored is not null && site.Serves(stored.Url) ? new Uri(stored.Url) : address;
        HttpResponseMessage? response = null;
        try
        {
            response = await SendAsync(url, stored, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NotFound && url != address)
            {
                response.Dispose();
                response = await SendAsync(url = address, stored, cancellationToken).ConfigureAwait(false);
            }

            if (response.StatusCode == HttpStatusCode.NotModified && stored is not null)
            {
                return (FetchOutcome.Unchanged, null);
            }

            if (!response.IsSuccessStatusCode)
            {
                return Failed(entry, url, Describe(response));
            }

            await response.Content.LoadIntoBufferAsync(MaxPageBytes, cancellationToken).ConfigureAwait(false);
            var page = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var sha = Convert.ToHexStringLower(SHA256.HashData(page));
            var existed = File.Exists(path);
            if (existed && Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false))) == sha)
            {
                // The server ignored the question, or the copy came from elsewhere: the same bytes need no write.
                manifest.Set(Record(entry, stored?.Country ?? entry.Country, url, response, sha));
                return (FetchOutcome.Unchanged, null);
            }

            var (report, problem) = ReportPageCheck.Check(page, path);
            if (report is null)
            {
                return Failed(entry, url, problem!);
            }

            AtomicFile.Write(path, page);
            manifest.Set(Record(entry, report.Country, url, response, sha));
            return (existed ? FetchOutcome.Changed : FetchOutcome.New, null);
        }
        catch (Exception ex) when (IsFailure(ex, cancellationToken))
        {
            return Failed(entry, url, ex.Message);
        }
        finally
        {
            response?.Dispose();
        }
    }

    /// <summary>The report slugs an edition's index page links to, or why it could not be read.</summary>
    public async Task<IndexPage> GetIndexPageAsync(int year, CancellationToken cancellationToken)
    {
        var url = site.IndexUrl(year);
        using var request = NewRequest(url);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return new IndexPage([], Describe(response));
            }

            await response.Content.LoadIntoBufferAsync(MaxPageBytes, cancellationToken).ConfigureAwait(false);
            var html = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return new IndexPage(ReportSite.FindReportSlugs(html, year, response.RequestMessage?.RequestUri ?? url), null);
        }
        catch (Exception ex) when (IsFailure(ex, cancellationToken))
        {
            return new IndexPage([], ex.Message);
        }
    }

    // A GET that asks only whether the stored copy changed, when there is one.
    private async Task<HttpResponseMessage> SendAsync(Uri url, ManifestEntry? stored, CancellationToken cancellationToken)
    {
        using var request = NewRequest(url);
        if (stored?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }

        if (stored?.LastModified is { } lastModified && DateTimeOffset.TryParseExact(lastModified, "r", CultureInfo.InvariantCulture, DateTimeStyles.None, out var since))
        {
            request.Headers.IfModifiedSince = since;
        }

        return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
    }

    private HttpRequestMessage NewRequest(Uri url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        return request;
    }

    private ManifestEntry Record(ReportEntry entry, string country, Uri url, HttpResponseMessage response, string sha)
        => new(entry.Year, entry.Slug, country, (response.RequestMessage?.RequestUri ?? url).ToString(), time.GetUtcNow(), response.Headers.ETag?.ToString(),
            response.Content.Headers.LastModified?.ToString("r", CultureInfo.InvariantCulture), sha);

    private static (FetchOutcome, FetchFailure?) Failed(ReportEntry entry, Uri url, string reason)
        => (FetchOutcome.Failed, new FetchFailure(entry.Name, url, reason));

    private static string Describe(HttpResponseMessage response)
        => string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase ?? response.StatusCode.ToString()}");

    // What fails one page but not the run: the network, the site, a timeout of the retry pipeline, the disk. A
    // cancellation asked for by the caller stops the run instead.
    private static bool IsFailure(Exception ex, CancellationToken cancellationToken)
        => ex is HttpRequestException or IOException or UnauthorizedAccessException or Polly.ExecutionRejectedException
           || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested);
}
