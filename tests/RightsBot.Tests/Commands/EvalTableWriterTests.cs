using RightsBot.Commands;
using RightsBot.Core.Evaluation;

namespace RightsBot.Tests.Commands;

public sealed class EvalTableWriterTests
{
    private const string LongStyle = "filtered menu choice (country only), yes/no, asked twice over in a very long label [x]";

    // The same table per style and per language: the label column, then every system's figures for that group.
    [Theory]
    [InlineData("style", "casual")]
    [InlineData("language", "ru")]
    public void Write_LabelledQuestions_OneRowPerGroupWithTheOtherSystemsRecallAt3(string groupedBy, string label)
    {
        var output = Write(
            System("rightsbot", groupedBy, Groups(("(none)", new(1, 0, 1, null, null, null, 1, null)), (label, new(3, 3, 0, 0.333, 0.667, 0.5, null, 0.333)))),
            System("rightsbot-lexical", groupedBy, Groups(("(none)", new(1, 0, 1, null, null, null, 0, null)), (label, new(3, 3, 0, 0, 0.333, 0.2, null, 0)))),
            System("bm25", groupedBy, Groups(("(none)", new(1, 0, 1, null, null, null, null, null)), (label, new(3, 3, 0, 0, 0, 0.1, null, null))), refuses: false));

        var rows = Rows(GroupTableWithin100Columns(output, groupedBy));
        Assert.Equal([groupedBy, "A / U", "R@1", "R@3", "MRR", "refused U", "refused A", "lexical R@3", "bm25 R@3"], rows[0]);
        Assert.Equal(["(none)", "0 / 1", "—", "—", "—", "1.000", "—", "—", "—"], rows[2]);
        Assert.Equal([label, "3 / 0", "0.333", "0.667", "0.500", "—", "0.333", "0.333", "0.000"], rows[3]);
        Assert.Equal(4, rows.Count);
    }

    [Fact]
    public void Write_StylesAndLanguages_LanguageTableAfterStyleTableEachWithItsRows()
    {
        var output = Write(
            System("rightsbot", "style", Groups(("casual", new(2, 2, 0, 1, 1, 1, null, 0)))) with { ByLanguage = Groups(("kk", new(1, 1, 0, 0, 1, 0.5, null, 0)), ("ru", new(1, 1, 0, 1, 1, 1, null, 0))) },
            System("bm25", "style", Groups(("casual", new(2, 2, 0, 0, 0.5, 0.25, null, null))), refuses: false) with { ByLanguage = Groups(("kk", new(1, 1, 0, 0, 0, 0, null, null)), ("ru", new(1, 1, 0, 0, 1, 0.5, null, null))) });

        var byStyle = output.IndexOf("by style:", StringComparison.Ordinal);
        var byLanguage = output.IndexOf("by language:", StringComparison.Ordinal);
        Assert.InRange(byStyle, 0, byLanguage - 1);
        Assert.Equal([["style", "A / U", "R@1", "R@3", "MRR", "refused U", "refused A", "bm25 R@3"], ["casual", "2 / 0", "1.000", "1.000", "1.000", "—", "0.000", "0.500"]],
            Rows(output[byStyle..byLanguage]).Where(r => !r[0].StartsWith('-')));
        Assert.Equal(
            [["language", "A / U", "R@1", "R@3", "MRR", "refused U", "refused A", "bm25 R@3"], ["kk", "1 / 0", "0.000", "1.000", "0.500", "—", "0.000", "0.000"], ["ru", "1 / 0", "1.000", "1.000", "1.000", "—", "0.000", "1.000"]],
            Rows(output[byLanguage..]).Where(r => !r[0].StartsWith('-')));
    }

    [Fact]
    public void Write_LongStyleWithBrackets_PrintedAsWrittenAndWrapped()
    {
        var output = Write(System("rightsbot", "style", Groups((LongStyle, new(1, 1, 0, 1, 1, 1, null, 0)))), System("bm25", "style", Groups((LongStyle, new(1, 1, 0, 1, 1, 1, null, null))), refuses: false));

        Assert.Contains("[x]", GroupTableWithin100Columns(output, "style"), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_QuestionsWithoutStylesOrLanguages_NoPerGroupTable()
    {
        var output = Write(System("rightsbot", "style", null), System("bm25", "style", null, refuses: false));

        Assert.Contains("| rightsbot", output, StringComparison.Ordinal);
        Assert.DoesNotContain("by style", output, StringComparison.Ordinal);
        Assert.DoesNotContain("by language", output, StringComparison.Ordinal);
        Assert.DoesNotContain("A / U", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Write_Comparisons_PerLanguageTableOnlyWithLanguages(bool withLanguages)
    {
        var all = new EvalComparisonResult(2, 1, 4, 1, 3, 0.667, 1, 0, 1, 1, 0.333, 0.667, 5);
        var ru = new EvalComparisonResult(1, 1, 2, 1, 2, 0.5, 1, 0, 0, null, 0, 0.5, 0);
        var comparison = all with { ByLanguage = withLanguages ? new Dictionary<string, EvalComparisonResult> { ["(none)"] = all with { Questions = 1 }, ["ru"] = ru } : null };

        var output = Write([], comparison);

        Assert.Equal(withLanguages, output.Contains("comparisons by language:", StringComparison.Ordinal));
        var languageRows = Rows(output).Where(r => r[0] is "language" or "ru").ToList();
        Assert.Equal(withLanguages ? [["language", "questions", "recognised", "parts found", "R@1", "in sources", "refused A", "refused U", "bm25 R@1", "bm25 R@3"], ["ru", "1", "1.000", "1.000", "0.500", "1.000", "0.000", "—", "0.000", "0.500"]] : [], languageRows);
    }

    private static string Write(EvalSystemResult[] systems, EvalComparisonResult? comparison = null)
    {
        using var output = new StringWriter();
        EvalTableWriter.Write(output, new EvalReport(4, 3, 1, new EvalCorpusStats(1, 10, 50, 100, 0.1), systems) { Comparison = comparison });
        return output.ToString();
    }

    private static string Write(params EvalSystemResult[] systems) => Write(systems, null);

    // A system with its figures per style or per language ("style", "language").
    private static EvalSystemResult System(string name, string groupedBy, IReadOnlyDictionary<string, EvalGroupResult>? groups, bool refuses = true)
    {
        var system = new EvalSystemResult(name, 0.5, 0.75, 1, 0.6, refuses ? 0.5 : null, refuses ? 0.25 : null, 1, 2, 5, 1, []);
        return groupedBy == "style" ? system with { ByStyle = groups } : system with { ByLanguage = groups };
    }

    private static Dictionary<string, EvalGroupResult> Groups(params (string Label, EvalGroupResult Figures)[] groups)
        => groups.ToDictionary(g => g.Label, g => g.Figures);

    // The per-style or per-language part of the output, after checking that it fits a terminal 100 columns wide.
    private static string GroupTableWithin100Columns(string output, string groupedBy)
    {
        var table = output[output.IndexOf($"by {groupedBy}:", StringComparison.Ordinal)..];
        Assert.All(table.Split('\n'), line => Assert.True(line.TrimEnd('\r').Length <= 100, line));
        return table;
    }

    // The cells of each table line (header, rule, rows) in the text.
    private static List<string[]> Rows(string text)
        => text.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith('|'))
            .Select(l => l.Trim('|').Split('|').Select(c => c.Trim()).ToArray()).ToList();
}
