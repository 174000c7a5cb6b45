using System.Globalization;
using System.Text.RegularExpressions;

namespace RightsBot.Core.Corpus;

/// <summary>
/// The address of a report's official page: the one a file declares (an HTML page's canonical link, a .txt's
/// <c>Source:</c> line), or the state.gov address its year and slug make.
/// </summary>
public static partial class ReportUrl
{
    /// <summary>Where the reports live.</summary>
    public const string Site = "https://www.state.gov";

    // The 2016–2023 pages' canonical links end in '/', the 2024 pages' do not (see tests/fixtures/html); an edition
    // from this year on is taken to be written like the latest.
    private const int FirstEditionWithoutTrailingSlash = 2024;

    /// <summary>A report file's slug and year in its name: "kyrgyz-republic-2016".</summary>
    [GeneratedRegex(@"^(?<slug>[a-z0-9]+(?:-[a-z0-9]+)*)-(?<year>(?:19|20)\d{2})$")]
    private static partial Regex SlugYearRegex();

    /// <summary>A state.gov slug alone: lower-case ASCII letters and digits, single dashes between ("cote-divoire").</summary>
    [GeneratedRegex(@"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugRegex();

    [GeneratedRegex(@"^(?:19|20)\d{2}$")]
    private static partial Regex YearFolderRegex();

    /// <summary>
    /// The report's page: <c>https://www.state.gov/reports/{year}-country-reports-on-human-rights-practices/{slug}/</c>,
    /// written as state.gov's own canonical link writes it (no final '/' from the 2024 edition on).
    /// </summary>
    public static string For(int year, string slug)
    {
        ArgumentNullException.ThrowIfNull(slug);
        if (!SlugRegex().IsMatch(slug))
        {
            throw new ArgumentException($"'{slug}' is not a report slug (lower-case letters, digits and dashes)", nameof(slug));
        }

        var url = string.Create(CultureInfo.InvariantCulture, $"{Site}/reports/{year}-country-reports-on-human-rights-practices/{slug}");
        return year >= FirstEditionWithoutTrailingSlash ? url : url + "/";
    }

    /// <summary>
    /// The page of the report in <paramref name="sourcePath"/> when the file is named as the archive names them,
    /// <c>{slug}-{year}.txt</c> or <c>{year}/{slug}.txt</c>, and that year is the report's; otherwise null.
    /// </summary>
    public static string? FromPath(string sourcePath, int reportYear)
    {
        ArgumentNullException.ThrowIfNull(sourcePath);
        var name = Path.GetFileNameWithoutExtension(sourcePath);
        string slug;
        string year;
        if (SlugYearRegex().Match(name) is { Success: true } m)
        {
            (slug, year) = (m.Groups["slug"].Value, m.Groups["year"].Value);
        }
        else if (SlugRegex().IsMatch(name)
                 && Path.GetFileName(Path.GetDirectoryName(sourcePath) ?? string.Empty) is { } folder
                 && YearFolderRegex().IsMatch(folder))
        {
            (slug, year) = (name, folder);
        }
        else
        {
            return null;
        }

        return int.Parse(year, CultureInfo.InvariantCulture) == reportYear ? For(reportYear, slug) : null;
    }

    /// <summary>True for an absolute http or https address, the only kind a report's link may be.</summary>
    public static bool IsWebAddress(string? url)
        => Uri.TryCreate(url, UriKind.Absolute, out var uri)
           && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
           && !url.Any(char.IsWhiteSpace);
}
