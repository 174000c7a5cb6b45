using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace RightsBot.TestSupport.ReportSite;

/// <summary>
/// A stand-in for www.state.gov on a free 127.0.0.1 port. It serves the saved report pages (tests/fixtures/html)
/// at the paths of their canonical links, redirecting the other spelling (with or without the final slash) there;
/// the 2022 and 2024 editions' index pages; a page that is no report; 404 for anything else. Every page has an
/// ETag and a Last-Modified and answers a matching If-None-Match or If-Modified-Since with 304. Tests change pages,
/// make them fail (once, with a Retry-After, or always) or stall halfway, and read every request it answered.
/// </summary>
public sealed partial class ReportSiteStandIn : IAsyncDisposable
{
    /// <summary>The address of an edition's report, as state.gov writes it.</summary>
    public static string ReportPath(int year, string slug) => string.Create(CultureInfo.InvariantCulture, $"/reports/{year}-country-reports-on-human-rights-practices/{slug}/");

    /// <summary>The address of an edition's index page.</summary>
    public static string IndexPath(int year) => string.Create(CultureInfo.InvariantCulture, $"/reports/{year}-country-reports-on-human-rights-practices/");

    /// <summary>A page on the site that is no report (a press note without a report body), linked from the 2022 index.</summary>
    public static readonly string NonReportPath = ReportPath(2022, "press-note");

    // Each page's first Last-Modified; every change moves it a minute on.
    private static readonly DateTimeOffset FirstModified = new(2025, 8, 12, 9, 0, 0, TimeSpan.Zero);

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Page> _pages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Fault> _faults = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<SiteRequest> _requests = new();
    private readonly TaskCompletionSource _stalled = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ReportSiteStandIn(WebApplication app) => _app = app;

    /// <summary>Scheme, host and port: what <c>--source</c> and <c>Reports:SourceUrl</c> take.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Every request answered so far, in order.</summary>
    public IReadOnlyList<SiteRequest> Requests => [.. _requests];

    /// <summary>Completes when a stalled page has sent half its body (see <see cref="StallHalfway"/>).</summary>
    public Task Stalled => _stalled.Task;

    /// <param name="htmlFixtures">The folder of saved report pages (tests/fixtures/html).</param>
    public static async Task<ReportSiteStandIn> StartAsync(string htmlFixtures)
    {
        var app = LoopbackApp.Create();
        var site = new ReportSiteStandIn(app);
        foreach (var file in Directory.EnumerateFiles(htmlFixtures, "*.html"))
        {
            var html = await File.ReadAllBytesAsync(file);
            var canonical = CanonicalRegex().Match(Encoding.UTF8.GetString(html));
            site.SetPage(new Uri(canonical.Groups["href"].Value).AbsolutePath, html);
        }

        site.SetPage(IndexPath(2022), Encoding.UTF8.GetBytes($"""
            <html><head><title>2022 Country Reports on Human Rights Practices</title></head><body><main>
            <a href="https://www.state.gov/reports/2022-country-reports-on-human-rights-practices/kazakhstan/">Kazakhstan</a>
            <a href="press-note/">A note on this edition</a>
            <a href="{ReportPath(2022, "atlantis")}">Atlantis</a>
            <a href="/reports/2021-country-reports-on-human-rights-practices/kazakhstan/">last year's</a>
            <a href="/about/">About</a></main></body></html>
            """));
        site.SetPage(IndexPath(2024), Encoding.UTF8.GetBytes($"""
            <html><head><title>2024 Country Reports on Human Rights Practices</title></head><body>
            <select><option value="">Select a country</option>
            <option value="{ReportPath(2024, "japan")}">Japan</option>
            <option value="https://www.state.gov/reports/2024-country-reports-on-human-rights-practices/kazakhstan/">Kazakhstan</option>
            </select></body></html>
            """));
        site.SetPage(NonReportPath, "<html><head><title>A note - United States Department of State</title></head><body><p>No report here.</p></body></html>"u8.ToArray());

        app.Run(site.HandleAsync);
        site.BaseUrl = await LoopbackApp.StartAsync(app);
        return site;
    }

    /// <summary>Serves <paramref name="body"/> at <paramref name="path"/> from now on, with a new ETag and Last-Modified.</summary>
    public void SetPage(string path, byte[] body)
        => _pages.AddOrUpdate(path, _ => new Page(body, FirstModified), (_, old) => new Page(body, old.LastModified.AddMinutes(1)));

    /// <summary>The page served at <paramref name="path"/>.</summary>
    public byte[] PageAt(string path) => _pages[path].Body;

    /// <summary>Answers <paramref name="path"/> (either spelling) with <paramref name="status"/> from now on.</summary>
    public void FailAlways(string path, int status) => _faults[Key(path)] = new Fault(status, null, Once: false, Stall: false);

    /// <summary>Answers the next request for <paramref name="path"/> with <paramref name="status"/> and this Retry-After, then serves it again.</summary>
    public void FailOnce(string path, int status, string? retryAfter) => _faults[Key(path)] = new Fault(status, retryAfter, Once: true, Stall: false);

    /// <summary>The next request for <paramref name="path"/> gets the headers and half the page, then nothing until the client gives up.</summary>
    public void StallHalfway(string path) => _faults[Key(path)] = new Fault(StatusCodes.Status200OK, null, Once: true, Stall: true);

    /// <summary>Ends every fault.</summary>
    public void Heal() => _faults.Clear();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    // Each request is recorded before its body is sent, so that a client that has read the body finds it recorded.
    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var response = context.Response;
        if (_faults.TryGetValue(Key(path), out var fault) && (!fault.Once || _faults.TryRemove(new KeyValuePair<string, Fault>(Key(path), fault))))
        {
            if (fault.Stall && _pages.TryGetValue(path, out var stalled))
            {
                response.ContentLength = stalled.Body.Length;
                Record(context, path);
                await response.Body.WriteAsync(stalled.Body.AsMemory(0, stalled.Body.Length / 2));
                await response.Body.FlushAsync();
                _stalled.TrySetResult();
                await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return;
            }

            response.StatusCode = fault.Status;
            if (fault.RetryAfter is not null)
            {
                response.Headers.RetryAfter = fault.RetryAfter;
            }

            Record(context, path);
            return;
        }

        if (!_pages.TryGetValue(path, out var page))
        {
            var other = path.EndsWith('/') ? path.TrimEnd('/') : path + "/";
            response.StatusCode = _pages.ContainsKey(other) ? StatusCodes.Status301MovedPermanently : StatusCodes.Status404NotFound;
            if (response.StatusCode == StatusCodes.Status301MovedPermanently)
            {
                response.Headers.Location = other;
            }

            Record(context, path);
            return;
        }

        response.Headers.ETag = page.ETag;
        response.Headers.LastModified = page.LastModified.ToString("r", CultureInfo.InvariantCulture);
        var request = context.Request.GetTypedHeaders();
        var notModified = request.IfNoneMatch.Count > 0
            ? request.IfNoneMatch.Any(tag => tag.Tag.Value == page.ETag)
            : request.IfModifiedSince is { } since && page.LastModified <= since;
        if (notModified)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            Record(context, path);
            return;
        }

        response.ContentType = "text/html; charset=utf-8";
        response.ContentLength = page.Body.Length;
        Record(context, path);
        await response.Body.WriteAsync(page.Body);
    }

    private void Record(HttpContext context, string path)
    {
        var headers = context.Request.Headers;
        _requests.Enqueue(new SiteRequest(path, Header(headers.IfNoneMatch), Header(headers.IfModifiedSince), Header(headers.UserAgent), context.Response.StatusCode, (int)(context.Response.ContentLength ?? 0)));
    }

    private static string Key(string path) => path.TrimEnd('/');

    private static string? Header(Microsoft.Extensions.Primitives.StringValues value) => value.Count == 0 ? null : value.ToString();

    [GeneratedRegex("<link rel=\"canonical\" href=\"(?<href>[^\"]+)\"")]
    private static partial Regex CanonicalRegex();

    private sealed record Fault(int Status, string? RetryAfter, bool Once, bool Stall);

    private sealed record Page(byte[] Body, DateTimeOffset LastModified)
    {
        public string ETag { get; } = "\"" + Convert.ToHexStringLower(SHA256.HashData(Body))[..16] + "\"";
    }
}
