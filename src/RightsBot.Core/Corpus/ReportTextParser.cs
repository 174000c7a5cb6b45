using System.Globalization;
using System.Text.RegularExpressions;
using RightsBot.Core.Text;

namespace RightsBot.Core.Corpus;

/// <summary>
/// Turns a report's blocks (paragraphs and headings, as in the shipped .txt files) into metadata and
/// passages that know their section path.
/// </summary>
public static partial class ReportTextParser
{
    [GeneratedRegex(@"^(?<year>(19|20)\d{2})\s+Country Reports? on Human Rights Practices", RegexOptions.IgnoreCase)]
    private static partial Regex TitleRegex();

    [GeneratedRegex(@"(?<![\d])(?<year>(19|20)\d{2})(?![\d])")]
    private static partial Regex YearRegex();

    /// <summary>Splits a text file into blocks: runs of non-blank lines, whitespace collapsed.</summary>
    public static IReadOnlyList<string> SplitBlocks(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var blocks = new List<string>();
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            // Every non-blank line is a block: the shipped files put one paragraph or heading on a line.
            var line = TextUtil.CollapseWhitespace(raw);
            if (line.Length > 0)
            {
                blocks.Add(line);
            }
        }

        return blocks;
    }

    /// <summary>
    /// Parses a report; <paramref name="sourcePath"/> supplies country and year when the text lacks them, and the
    /// report's address when neither <paramref name="declaredUrl"/> (a page's canonical link) nor a
    /// <c>Source:</c> line gives it (see <see cref="ReportUrl"/>).
    /// </summary>
    internal static ParsedReport Parse(IReadOnlyList<string> rawBlocks, string sourcePath, string? declaredUrl = null)
    {
        var (blocks, sourceLineUrl) = SourceLine.Take(StateGovChrome.Strip(RunTogetherHeadings.Split(rawBlocks)));
        var (country, year, bodyStart) = ReadMetadata(blocks, sourcePath);
        var url = sourceLineUrl ?? declaredUrl ?? ReportUrl.FromPath(sourcePath, year);
        var passages = new List<ParsedPassage>();
        string? section = null, subsection = null, subheading = null, leadIn = null;
        string? pendingParagraph = null;

        void FlushParagraph()
        {
            if (pendingParagraph is null)
            {
                return;
            }

            var path = new[] { section, subsection, subheading, leadIn }.OfType<string>().ToArray();
            foreach (var piece in PassageSplitter.Split(pendingParagraph))
            {
                passages.Add(new ParsedPassage(path, piece));
            }

            pendingParagraph = null;
        }

        for (var i = bodyStart; i < blocks.Count; i++)
        {
            var block = blocks[i];
            switch (HeadingClassifier.Classify(block))
            {
                case BlockKind.Section:
                    FlushParagraph();
                    (section, subsection, subheading, leadIn) = (block, null, null, null);
                    break;
                case BlockKind.Subsection:
                    FlushParagraph();
                    (subsection, subheading, leadIn) = (block, null, null);
                    break;
                case BlockKind.Subheading:
                    FlushParagraph();
                    (subheading, leadIn) = (block, null);
                    break;
                case BlockKind.ListItem when pendingParagraph is not null:
                    // A list belongs with the paragraph that introduces it.
                    pendingParagraph += "\n" + block;
                    break;
                case BlockKind.Paragraph when pendingParagraph is not null && Continues(pendingParagraph, block):
                    // A page that broke a paragraph in mid-sentence (2018's Cameroon, a dozen times).
                    pendingParagraph += " " + block;
                    break;
                default:
                    FlushParagraph();
                    leadIn = HeadingClassifier.LeadIn(block) ?? leadIn;
                    pendingParagraph = block;
                    break;
            }
        }

        FlushParagraph();
        return new ParsedReport(country, year, passages, url);
    }

    // Words a sentence does not end on ("the", "and", "for", "between"): the English stop words.
    private static readonly Lazy<HashSet<string>> NotLastWords = new(
        () => new(WordList.Words(Retrieval.EnglishTextAnalyzer.StopWordsFile), StringComparer.OrdinalIgnoreCase), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Whether <paramref name="next"/> goes on the sentence <paramref name="paragraph"/> broke off: the paragraph
    /// ends on a letter, with no punctuation, and either its last word cannot end a sentence ("… the", "… and") or
    /// the next block starts in lower case. A list's last item is never continued.
    /// </summary>
    internal static bool Continues(string paragraph, string next)
    {
        if (paragraph.Length == 0 || next.Length == 0 || !char.IsLetter(paragraph[^1]))
        {
            return false;
        }

        var lastLine = paragraph[(paragraph.LastIndexOf('\n') + 1)..];
        if (HeadingClassifier.Classify(lastLine) == BlockKind.ListItem)
        {
            return false;
        }

        var lastWord = lastLine[(lastLine.LastIndexOf(' ') + 1)..];
        return char.IsLower(next[0]) || NotLastWords.Value.Contains(lastWord);
    }

    // A country standing alone before the first heading is a short line; one above the report's title line may be
    // longer (the longest in the 2016–2024 collection is 9 words).
    private const int MaxCountryWords = 6;
    private const int MaxTitledCountryWords = 12;

    private static (string Country, int Year, int BodyStart) ReadMetadata(IReadOnlyList<string> blocks, string sourcePath)
    {
        string? country = null;
        int? year = null;
        var bodyStart = 0;

        // Shipped shape: line 1 the country, line 2 "<year> Country Reports on Human Rights Practices".
        for (var i = 0; i < Math.Min(blocks.Count, 4); i++)
        {
            var m = TitleRegex().Match(blocks[i]);
            if (!m.Success)
            {
                continue;
            }

            year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            // Right above the title line, a longer name is still the country's: "China (Includes Hong Kong, Macau,
            // and Tibet)", "Israel, Golan Heights, West Bank, and Gaza".
            if (i > 0 && IsCountryLine(blocks[i - 1], MaxTitledCountryWords))
            {
                country = blocks[i - 1];
            }

            bodyStart = i + 1;
            break;
        }

        // A page copy: the country stands alone before the first heading.
        if (country is null && blocks.Count > 1 && IsCountryLine(blocks[0], MaxCountryWords)
            && HeadingClassifier.Classify(blocks[1]) is BlockKind.Section or BlockKind.Subsection)
        {
            country = blocks[0];
            bodyStart = Math.Max(bodyStart, 1);
        }

        var (fileCountry, fileYear) = FromPath(sourcePath);
        country ??= fileCountry;
        year ??= fileYear;
        if (country is null || year is null)
        {
            throw new CorpusFormatException($"cannot tell the country and year of the report (name the file like 'kazakhstan-2016.txt')");
        }

        return (country, year.Value, bodyStart);
    }

    private static bool IsCountryLine(string block, int maxWords)
        => TextUtil.CountWords(block) <= maxWords && !block.Any(c => c is '.' or ':' or '!' or '?')
           && HeadingClassifier.Classify(block) is BlockKind.Paragraph or BlockKind.Subheading;

    /// <summary>Country and year from a path such as "text/2016/kazakhstan.txt" or "kazakhstan-2016.txt".</summary>
    internal static (string? Country, int? Year) FromPath(string sourcePath)
    {
        var name = Path.GetFileNameWithoutExtension(sourcePath);
        int? year = null;
        string? slug = name;
        var m = YearRegex().Match(name);
        if (m.Success)
        {
            year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            slug = name[..m.Index].Trim('-', '_', ' ', '.');
        }
        else
        {
            var dir = Path.GetFileName(Path.GetDirectoryName(sourcePath) ?? string.Empty);
            if (YearRegex().Match(dir) is { Success: true } d && d.Length == dir.Length)
            {
                year = int.Parse(dir, CultureInfo.InvariantCulture);
            }
        }

        string? country = null;
        if (!string.IsNullOrEmpty(slug))
        {
            var words = slug.Split(['-', '_', ' '], StringSplitOptions.RemoveEmptyEntries)
                .Select(w => char.ToUpperInvariant(w[0]) + w[1..]);
            country = string.Join(' ', words);
        }

        return (country, year);
    }
}
