using RightsBot.Commands;
using RightsBot.Core.Evaluation;

namespace RightsBot.Tests.Commands;

public sealed class EvalTableWriterTests
{
    private const string LongStyle = "filtered menu choice (country only), yes/no, asked twice over in a very long label [x]";

    [Fact]
    public void Write_QuestionsWithStyles_OneRowPerStyleWithTheOtherSystemsRecallAt3()
    {
        var output = Write(
            System("rightsbot", Styles(("(none)", new(1, 0, 1, null, null, null, 1, null)), ("casual", new(3, 3, 0, 0.333, 0.667, 0.5, null, 0.333)))),
            System("rightsbot-lexical", Styles(("(none)", new(1, 0, 1, null, null, null, 0, null)), ("casual", new(3, 3, 0, 0, 0.333, 0.2, null, 0))), refuses: true),
            System("bm25", Styles(("(none)", new(1, 0, 1, null, null, null, null, null)), ("casual", new(3, 3, 0, 0, 0, 0.1, null, null))), refuses: false));

        var byStyle = Rows(ByStyleWithin100Columns(output));
        Assert.Equal(["style", "A / U", "R@1", "R@3", "MRR", "refused U", "refused A", "lexical R@3", "bm25 R@3"], byStyle[0]);
        Assert.Equal(["(none)", "0 / 1", "—", "—", "—", "1.000", "—", "—", "—"], byStyle[2]);
        Assert.Equal(["casual", "3 / 0", "0.333", "0.667", "0.500", "—", "0.333", "0.333", "0.000"], byStyle[3]);
        Assert.Equal(4, byStyle.Count);
    }

    [Fact]
    public void Write_LongStyleWithBrackets_PrintedAsWrittenAndWrapped()
    {
        var output = Write(System("rightsbot", Styles((LongStyle, new(1, 1, 0, 1, 1, 1, null, 0)))), System("bm25", Styles((LongStyle, new(1, 1, 0, 1, 1, 1, null, null))), refuses: false));

        Assert.Contains("[x]", ByStyleWithin100Columns(output), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_QuestionsWithoutStyles_NoPerStyleTable()
    {
        var output = Write(System("rightsbot", null), System("bm25", null, refuses: false));

        Assert.Contains("| rightsbot", output, StringComparison.Ordinal);
        Assert.DoesNotContain("by style", output, StringComparison.Ordinal);
        Assert.DoesNotContain("A / U", output, StringComparison.Ordinal);
    }

    private static string Write(params EvalSystemResult[] systems)
    {
        using var output = new StringWriter();
        EvalTableWriter.Write(output, new EvalReport(4, 3, 1, new EvalCorpusStats(1, 10, 50, 100, 0.1), systems));
        return output.ToString();
    }

    private static EvalSystemResult System(string name, IReadOnlyDictionary<string, EvalGroupResult>? byStyle, bool refuses = true)
        => new(name, 0.5, 0.75, 1, 0.6, refuses ? 0.5 : null, refuses ? 0.25 : null, 1, 2, 5, 1, []) { ByStyle = byStyle };

    private static Dictionary<string, EvalGroupResult> Styles(params (string Style, EvalGroupResult Figures)[] styles)
        => styles.ToDictionary(s => s.Style, s => s.Figures);

    // The per-style part of the output, after checking that it fits a terminal 100 columns wide.
    private static string ByStyleWithin100Columns(string output)
    {
        var byStyle = output[output.IndexOf("by style:", StringComparison.Ordinal)..];
        Assert.All(byStyle.Split('\n'), line => Assert.True(line.TrimEnd('\r').Length <= 100, line));
        return byStyle;
    }

    // The cells of each table line (header, rule, rows) in the text.
    private static List<string[]> Rows(string text)
        => text.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith('|'))
            .Select(l => l.Trim('|').Split('|').Select(c => c.Trim()).ToArray()).ToList();
}
