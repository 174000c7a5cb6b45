using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using RightsBot.Core.Text;

namespace RightsBot.Core.Corpus;

/// <summary>
/// Reads a state.gov report page: the report body is <c>section.report__main</c>, headings are h2–h5, text is
/// p and li. Produces the same blocks as the shipped .txt rendering (country, title line, headings, paragraphs,
/// "- " list items), so both formats go through one parser.
/// </summary>
public static partial class HtmlReportConverter
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "H1", "H2", "H3", "H4", "H5", "H6", "P", "LI",
    };

    /// <summary>The report's blocks, or an empty list when the page has no report body.</summary>
    public static IReadOnlyList<string> ToBlocks(string html) => Read(html).Blocks;

    /// <summary>The report's blocks (empty when the page has no report body) and the page's own address.</summary>
    internal static HtmlReportPage Read(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(html);
        var main = document.QuerySelector("section.report__main");
        if (main is null)
        {
            return new HtmlReportPage([], null);
        }

        var canonical = CanonicalUrl(document);
        return new HtmlReportPage(ReadBlocks(document, main, canonical), ReportUrl.IsWebAddress(canonical) ? canonical : null);
    }

    private static List<string> ReadBlocks(IDocument document, IElement main, string canonical)
    {
        var blocks = new List<string>();
        var (country, year) = ReadMetadata(document, canonical);
        if (country is not null && year is not null)
        {
            blocks.Add(country);
            blocks.Add($"{year} Country Reports on Human Rights Practices");
        }

        string? pendingSectionNumber = null;
        foreach (var element in main.Descendants<IElement>())
        {
            if (!BlockTags.Contains(element.TagName) || HasBlockAncestorWithin(element, main))
            {
                continue;
            }

            var text = TextUtil.CollapseWhitespace(element.TextContent);
            if (text.Length == 0)
            {
                continue;
            }

            // The page sets "Section 1." and the section title as two headings; the text has them on one line.
            if (pendingSectionNumber is not null)
            {
                text = pendingSectionNumber + " " + text;
                pendingSectionNumber = null;
            }
            else if (SectionNumberRegex().IsMatch(text))
            {
                pendingSectionNumber = text;
                continue;
            }

            blocks.Add(element.TagName.Equals("LI", StringComparison.OrdinalIgnoreCase) ? "- " + text : text);
        }

        return blocks;
    }

    [GeneratedRegex(@"^Section\s+\d+\.?$")]
    private static partial Regex SectionNumberRegex();

    // Text inside a p nested in an li (or similar) belongs to the outer block only.
    private static bool HasBlockAncestorWithin(IElement element, IElement root)
    {
        for (var parent = element.ParentElement; parent is not null && parent != root; parent = parent.ParentElement)
        {
            if (BlockTags.Contains(parent.TagName))
            {
                return true;
            }
        }

        return false;
    }

    // The page's address, as the page gives it (empty when it does not).
    private static string CanonicalUrl(IDocument document)
        => (document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")
            ?? document.QuerySelector("meta[property='og:url']")?.GetAttribute("content")
            ?? string.Empty).Trim();

    private static (string? Country, string? Year) ReadMetadata(IDocument document, string canonical)
    {
        // The page title reads "Kazakhstan - United States Department of State"; the report year sits in the
        // canonical URL ".../2016-country-reports-on-human-rights-practices/kazakhstan/".
        string? country = null;
        var title = TextUtil.CollapseWhitespace(document.Title ?? string.Empty);
        var dash = title.IndexOf(" - ", StringComparison.Ordinal);
        if (dash > 0)
        {
            country = title[..dash];
        }

        var marker = canonical.IndexOf("-country-reports-on-human-rights-practices", StringComparison.OrdinalIgnoreCase);
        string? year = marker >= 4 ? canonical[(marker - 4)..marker] : null;
        if (year is not null && !int.TryParse(year, out _))
        {
            year = null;
        }

        return (string.IsNullOrEmpty(country) ? null : country, year);
    }
}
