using System.Globalization;

namespace RightsBot.Core.Fetching;

/// <summary>
/// Turns a selection of editions into report entries: a year the catalog lists comes from the catalog; any other
/// from its index page on the site. "latest" is the newest year, from this one down to the catalog's newest,
/// whose index page links to reports.
/// </summary>
internal sealed class ReportDiscovery(ReportCatalog catalog, ReportSite site, Func<int, CancellationToken, Task<IndexPage>> getIndexPage, TimeProvider time)
{
    private readonly Dictionary<int, IndexPage> _pages = [];

    /// <summary>The entries of the selected years, oldest year first; index pages that could not be read are added to <paramref name="failures"/>.</summary>
    public async Task<IReadOnlyList<ReportEntry>> ResolveAsync(ReportYears years, ICollection<FetchFailure> failures, CancellationToken cancellationToken)
    {
        var wanted = new SortedSet<int>(years.Years);
        if (years.Latest)
        {
            var latest = await FindLatestAsync(cancellationToken).ConfigureAwait(false);
            if (latest is { } year)
            {
                wanted.Add(year);
            }
            else
            {
                failures.Add(new FetchFailure("latest edition", site.IndexUrl(time.GetUtcNow().Year), "no index page of any edition links to reports"));
            }
        }

        var entries = new List<ReportEntry>();
        foreach (var year in wanted)
        {
            if (catalog.InYear(year) is { } known)
            {
                entries.AddRange(known);
                continue;
            }

            var page = await GetAsync(year, cancellationToken).ConfigureAwait(false);
            if (page.Slugs.Count == 0)
            {
                failures.Add(new FetchFailure(string.Create(CultureInfo.InvariantCulture, $"{year} index page"), site.IndexUrl(year), page.Problem ?? "the page links to no report of that year"));
            }

            entries.AddRange(page.Slugs.Select(slug => new ReportEntry(year, slug, CountryOf(slug))));
        }

        return entries;
    }

    private async Task<int?> FindLatestAsync(CancellationToken cancellationToken)
    {
        var newestKnown = catalog.Years.Count > 0 ? catalog.Years[^1] : ReportYears.FirstYear - 1;
        for (var year = time.GetUtcNow().Year; year > newestKnown && year >= ReportYears.FirstYear; year--)
        {
            if ((await GetAsync(year, cancellationToken).ConfigureAwait(false)).Slugs.Count > 0)
            {
                return year;
            }
        }

        return catalog.Years.Count > 0 ? newestKnown : null;
    }

    private async Task<IndexPage> GetAsync(int year, CancellationToken cancellationToken)
    {
        if (!_pages.TryGetValue(year, out var page))
        {
            _pages[year] = page = await getIndexPage(year, cancellationToken).ConfigureAwait(false);
        }

        return page;
    }

    // The name an earlier edition gives the same slug, else the slug's words: "kyrgyz-republic" → "Kyrgyz Republic".
    private string CountryOf(string slug)
        => catalog.Entries.LastOrDefault(e => e.Slug == slug)?.Country
           ?? string.Join(' ', slug.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
