using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.Logging.Abstractions;
using RightsBot.Core.Answering;
using RightsBot.Core.Corpus;
using RightsBot.Core.Tests.Corpus;
using RightsBot.Core.Text;

namespace RightsBot.Core.Tests.Answering;

public class PassageLinkTests
{
    private static readonly string[] BlockTags = ["P", "LI", "H1", "H2", "H3", "H4", "H5", "H6"];

    [Fact]
    public void For_EveryPassageOfTheShippedCorpus_IsItsReportsPageWithAValidTextDirective()
    {
        var corpus = Load(TestPaths.Corpus);

        for (var i = 0; i < corpus.Passages.Count; i++)
        {
            var url = corpus.Reports[corpus.Passages[i].ReportIndex].Url!;
            var link = PassageLink.For(corpus, i, new AnswerOptions().LinkWords);

            Assert.NotNull(link);
            Assert.StartsWith(url + TextFragmentLink.Directive, link, StringComparison.Ordinal);
            var terms = link[(url + TextFragmentLink.Directive).Length..].Split(',');
            Assert.InRange(terms.Length, 1, 2);
            Assert.All(terms, t => Assert.Matches(TextFragmentLinkTests.DirectiveStringRegex(), t));
            Assert.All(terms, t => Assert.Contains(Uri.UnescapeDataString(t), corpus.Passages[i].Text, StringComparison.Ordinal));
        }
    }

    // What the links are for: on the real state.gov page, a browser following a passage's link highlights that
    // passage, from its first word to its last. Only a paragraph the report repeats word for word (a "Not
    // applicable." under two headings) leads to its first appearance instead.
    [Theory]
    [MemberData(nameof(HtmlReportConverterTests.Samples), MemberType = typeof(HtmlReportConverterTests))]
    public void For_ShippedReportOnItsSavedPage_HighlightsExactlyThePassage(string name)
    {
        var corpus = Load(Path.Combine(TestPaths.Corpus, name + ".txt"));
        var page = PageText(File.ReadAllText(Path.Combine(TestPaths.HtmlSamples, name + ".html")));
        var repeated = 0;

        for (var i = 0; i < corpus.Passages.Count; i++)
        {
            var text = Flat(corpus.Passages[i].Text);
            if (Enumerable.Range(0, i).Any(j => Flat(corpus.Passages[j].Text).Contains(text, StringComparison.OrdinalIgnoreCase)))
            {
                repeated++;
                continue;
            }

            var link = PassageLink.For(corpus, i, new AnswerOptions().LinkWords)!;
            var terms = link[link.IndexOf(TextFragmentLink.Directive, StringComparison.Ordinal)..][TextFragmentLink.Directive.Length..]
                .Split(',').Select(Uri.UnescapeDataString).ToArray();
            Assert.Equal(text, Highlight(page, terms[0], terms.Length > 1 ? terms[1] : null), StringComparer.OrdinalIgnoreCase);
        }

        Assert.InRange(repeated, 0, 1 + (corpus.Passages.Count / 50));
    }

    // A browser highlights the first match of a link's start. Over the shipped corpus, a start of the first 4 words
    // is found higher up its report's text (earlier passages and headings) for 485 of 3,104 passages; grown as
    // PassageLink grows it, only for the 6 paragraphs the reports repeat word for word.
    [Theory]
    [InlineData(false, 485)]
    [InlineData(true, 6)]
    public void For_ShippedCorpus_StartsFoundAboveTheirPassage(bool grown, int expected)
        => Assert.Equal(expected, StartsFoundAbove(Load(TestPaths.Corpus), 4, grown));

    /// <summary>How many passages' links start with words found higher up their report (with <paramref name="grown"/>, as links are built).</summary>
    internal static int StartsFoundAbove(ReportCorpus corpus, int words, bool grown)
    {
        var count = 0;
        for (var r = 0; r < corpus.Reports.Count; r++)
        {
            var (start, end) = corpus.ReportRanges[r];
            var above = new List<string>();
            var headings = new HashSet<string>(StringComparer.Ordinal);
            for (var i = start; i < end; i++)
            {
                above.AddRange(corpus.Passages[i].SectionPath.Where(headings.Add).Select(TextUtil.RemoveDiacritics));
                var link = grown ? PassageLink.For(corpus, i, words)! : TextFragmentLink.For(corpus.Reports[r].Url, corpus.Passages[i].Text, words)!;
                var term = TextUtil.RemoveDiacritics(Uri.UnescapeDataString(link[(link.IndexOf(TextFragmentLink.Directive, StringComparison.Ordinal) + TextFragmentLink.Directive.Length)..].Split(',')[0]));
                count += above.Exists(t => Find(t, term, 0) >= 0) ? 1 : 0;
                above.Add(TextUtil.RemoveDiacritics(corpus.Passages[i].Text));
            }
        }

        return count;
    }

    [Fact]
    public void For_ReportWithoutAPage_IsNull()
    {
        using var folder = new TempFolder();
        var file = folder.Write("notes.txt", "Testland\n2020 Country Reports on Human Rights Practices\n\nSection 1. Life\n\nPolice detained journalists.\n");

        var corpus = Load(file);

        Assert.Null(corpus.Reports[0].Url);
        Assert.Null(PassageLink.For(corpus, 0, 4));
    }

    private static ReportCorpus Load(string path) => new CorpusLoader(NullLogger<CorpusLoader>.Instance).Load(path);

    // The report body's blocks as a browser lays them out: one line each.
    private static string PageText(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        var main = document.QuerySelector("section.report__main")!;
        var blocks = main.Descendants<IElement>()
            .Where(e => BlockTags.Contains(e.TagName) && !e.Ancestors<IElement>().TakeWhile(a => a != main).Any(a => BlockTags.Contains(a.TagName)))
            .Select(e => TextUtil.CollapseWhitespace(e.TextContent))
            .Where(t => t.Length > 0);
        return TextUtil.RemoveDiacritics(string.Join('\n', blocks));
    }

    // The text from the first match of start (within one block, on word boundaries, ignoring case and accents)
    // to the first match of end after it, its blocks joined by spaces; null when either is not found.
    private static string? Highlight(string page, string start, string? end)
    {
        var from = Find(page, TextUtil.RemoveDiacritics(start), 0);
        if (from < 0)
        {
            return null;
        }

        var to = from + start.Length;
        if (end is not null)
        {
            var at = Find(page, TextUtil.RemoveDiacritics(end), to);
            if (at < 0)
            {
                return null;
            }

            to = at + end.Length;
        }

        return page[from..to].Replace('\n', ' ');
    }

    private static int Find(string text, string term, int from)
    {
        for (var i = text.IndexOf(term, from, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(term, i + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = i + term.Length;
            if ((i == 0 || !char.IsLetterOrDigit(text[i - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return i;
            }
        }

        return -1;
    }

    // A passage as the page shows it: list items without their "- ", all on one line.
    private static string Flat(string passage)
        => TextUtil.RemoveDiacritics(string.Join(' ', passage.Split('\n').Select(l => l.StartsWith("- ", StringComparison.Ordinal) ? l[2..] : l)));
}
