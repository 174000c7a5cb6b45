using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace RightsBot.Core.Fetching;

/// <summary>
/// Where the report pages live: <c>{source}/reports/{year}-country-reports-on-human-rights-practices/{slug}/</c>,
/// and each year's index at the same address without the slug. The source (scheme, host and any path prefix of
/// a mirror) replaces state.gov's, so tests and mirrors serve the same paths.
/// </summary>
public sealed partial class ReportSite
{
    private const string EditionSuffix = "-country-reports-on-human-rights-practices";

    private readonly string _base;

    public ReportSite(Uri source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _base = source.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }

    /// <summary>A report page's address.</summary>
    public Uri ReportUrl(int year, string slug) => new($"{IndexUrl(year)}{slug}/");

    /// <summary>True when <paramref name="url"/> is an address on this source (an address a redirect led to, say).</summary>
    public bool Serves(string url) => url.StartsWith(_base + "/", StringComparison.OrdinalIgnoreCase);

    /// <summary>An edition's index page, which links to each of its reports.</summary>
    public Uri IndexUrl(int year) => new(string.Create(CultureInfo.InvariantCulture, $"{_base}/reports/{year}{EditionSuffix}/"));

    /// <summary>
    /// The slugs of every link in <paramref name="html"/> to a report of <paramref name="year"/>, absolute (on any
    /// host) or relative to <paramref name="pageUrl"/>, in order of first appearance. Links are read from every
    /// attribute of every element (<c>a href</c>, <c>option value</c>, …), so nothing else of the page's layout counts.
    /// An href may be relative; another attribute counts when it holds a report's whole path.
    /// </summary>
    public static IReadOnlyList<string> FindReportSlugs(string html, int year, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(pageUrl);
        var marker = string.Create(CultureInfo.InvariantCulture, $"{year}{EditionSuffix}/");
        var prefix = "/reports/" + marker;
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(html);
        var slugs = new List<string>();
        foreach (var attribute in document.All.SelectMany(e => e.Attributes))
        {
            // Any href, relative ones included; in any other attribute (an option's value, a data-url), a whole
            // address of a report, absolute or from the site's root.
            var value = attribute.Value.Trim();
            var isLink = attribute.Name.Equals("href", StringComparison.OrdinalIgnoreCase) || value.Contains(marker, StringComparison.OrdinalIgnoreCase);
            if (!isLink || !Uri.TryCreate(pageUrl, value, out var link))
            {
                continue;
            }

            var match = ReportPathRegex().Match(link.AbsolutePath);
            if (match.Success && match.Groups["prefix"].Value.Equals(prefix, StringComparison.OrdinalIgnoreCase))
            {
                var slug = match.Groups["slug"].Value;
                if (ReportCatalog.IsSlug(slug) && !slugs.Contains(slug))
                {
                    slugs.Add(slug);
                }
            }
        }

        return slugs;
    }

    // "/reports/2023-country-reports-on-human-rights-practices/kazakhstan/" at the end of the path (a mirror may put
    // a prefix before it), the final slash optional.
    [GeneratedRegex(@"(?<prefix>/reports/\d{4}-country-reports-on-human-rights-practices/)(?<slug>[^/]+)/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportPathRegex();
}
