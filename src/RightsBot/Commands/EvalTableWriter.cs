using System.Globalization;
using RightsBot.Core.Evaluation;
using Spectre.Console;

namespace RightsBot.Commands;

/// <summary>Draws <c>eval</c>'s result as readable tables, the figures of <c>eval --json</c>; a pure formatter that tests call directly.</summary>
internal static class EvalTableWriter
{
    // The per-style and per-language tables fit a terminal this wide, wrapping long style names.
    private const int ByGroupWidth = 100;

    // The comparison table's ten columns, unwrapped.
    private const int ComparisonWidth = 140;

    public static void Write(TextWriter output, EvalReport report)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 160;
        var c = report.Corpus;
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{report.Questions} questions ({report.Answerable} answerable, {report.Unanswerable} unanswerable); corpus: {c.Reports} reports, {c.Passages} passages, {c.MeanPassageWords} mean words, {c.MaxPassageWords} max; index built in {c.IndexSeconds} s, holding {c.IndexMemoryMb} MB"));
        if (c.DenseModel is not null)
        {
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"hybrid mode: passages embedded with {c.DenseModel} in {c.DenseSeconds} s{(c.DenseFromCache == true ? " (loaded from the embedding cache)" : string.Empty)}"));
        }

        if (c.RerankDepth is { } depth && report.Systems.Count > 0)
        {
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"rerank mode: no passage vectors, so the best {depth} lexical passages are reranked with sentence vectors made on demand; first-time p50 {report.Systems[0].FirstPassMsP50} ms"));
        }

        if (report.Systems.Count > 0)
        {
            WriteSystems(console, report);
        }

        if (report.AnsweredAsComparison.Count > 0)
        {
            console.WriteLine($"answered as a comparison in use, scored above as one ranking: {string.Join(", ", report.AnsweredAsComparison)}");
        }

        if (report.Comparison is { } comparison)
        {
            WriteComparison(console, comparison);
        }
    }

    private static void WriteSystems(IAnsiConsole console, EvalReport report)
    {
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"times: 5 passes after {report.WarmupPasses} untimed warm-up passes ({report.WarmupSeconds} s)"));
        var k = report.Systems[0].K;
        var table = new Table().Border(TableBorder.Markdown);
        var extraK = k is not (1 or 3 or 5);
        table.AddColumns(["system", "recall@1", "recall@3", "recall@5", .. extraK ? new[] { $"recall@{k}" } : [], "MRR", "refused unanswerable", "refused answerable", "query ms p50", "query ms p95", "filtered ms p50", "search ms p50"]);
        foreach (var s in report.Systems)
        {
            table.AddRow([s.Name, F(s.RecallAt1), F(s.RecallAt3), F(s.RecallAt5), .. extraK ? new[] { F(s.RecallAtK) } : [], F(s.Mrr),
                F(s.RefusedUnanswerable), F(s.RefusedAnswerable), F(s.QueryMsP50), F(s.QueryMsP95), F(s.FilteredQueryMsP50), F(s.SearchMsP50)]);
        }

        console.Write(table);
        foreach (var s in report.Systems.Where(s => s.Misses.Count > 0))
        {
            console.WriteLine($"{s.Name} misses at k={s.K}: {string.Join(", ", s.Misses)}");
        }

        WriteByGroup(console, report.Systems, "style", s => s.ByStyle);
        WriteByGroup(console, report.Systems, "language", s => s.ByLanguage);
    }

    // Comparison questions, scored per report: one row for all of them, then one per style; then, when the lines
    // have languages, the same figures per language.
    private static void WriteComparison(IAnsiConsole console, EvalComparisonResult c)
    {
        console.Profile.Width = ComparisonWidth;
        console.WriteLine();
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"comparisons: {c.Questions} questions, {c.Parts} reports asked ({c.AnswerableParts} answerable, {c.UnanswerableParts} not discussed or missing); scored per report; query ms p50 {c.QueryMsP50}"));
        console.Write(ComparisonTable("style", [("all", c), .. c.ByStyle?.Select(g => (g.Key, g.Value)) ?? []]));
        if (c.Misses.Count > 0)
        {
            console.WriteLine($"comparison misses: {string.Join(", ", c.Misses)}");
        }

        if (c.ByLanguage is { } languages)
        {
            console.WriteLine();
            console.WriteLine("comparisons by language:");
            console.Write(ComparisonTable("language", [.. languages.Select(g => (g.Key, g.Value))]));
        }
    }

    private static Table ComparisonTable(string groupedBy, IReadOnlyList<(string Name, EvalComparisonResult Figures)> rows)
    {
        var table = new Table().Border(TableBorder.Markdown);
        table.AddColumns([groupedBy, "questions", "recognised", "parts found", "R@1", "in sources", "refused A", "refused U", "bm25 R@1", "bm25 R@3"]);
        foreach (var (name, f) in rows)
        {
            table.AddRow([Markup.Escape(name), f.Questions.ToString(CultureInfo.InvariantCulture), F(f.Recognised), F(f.PartsFound), F(f.RecallAt1), F(f.RecallInSources), F(f.RefusedAnswerable), F(f.RefusedUnanswerable), F(f.Bm25RecallAt1), F(f.Bm25RecallAt3)]);
        }

        return table;
    }

    // One row per group (a style, a language), the main system's figures and each other system's recall@3 beside
    // them: a style weak for every system is a hard kind of question, one weak for RightsBot alone is RightsBot's;
    // likewise a language. Narrow enough for a terminal 100 columns wide; the JSON's by_style and by_language have
    // every system's figures in full. Nothing when no question has the label.
    private static void WriteByGroup(IAnsiConsole console, IReadOnlyList<EvalSystemResult> systems, string groupedBy, Func<EvalSystemResult, IReadOnlyDictionary<string, EvalGroupResult>?> groups)
    {
        if (groups(systems[0]) is not { } main)
        {
            return;
        }

        var others = systems.Skip(1).Where(s => groups(s) is not null).ToList();
        console.Profile.Width = ByGroupWidth;
        console.WriteLine();
        var beside = others.Count == 0 ? string.Empty : $"; recall@3 of {string.Join(" and ", others.Select(s => s.Name))}";
        console.WriteLine($"by {groupedBy}: {systems[0].Name}{beside}; A / U: answerable / unanswerable");
        var table = new Table().Border(TableBorder.Markdown);
        table.AddColumns([groupedBy, "A / U", "R@1", "R@3", "MRR", "refused U", "refused A", .. others.Select(s => $"{ShortName(s.Name)} R@3")]);
        foreach (var (name, f) in main)
        {
            table.AddRow([Markup.Escape(name), $"{f.Answerable} / {f.Unanswerable}", F(f.RecallAt1), F(f.RecallAt3), F(f.Mrr),
                F(f.RefusedUnanswerable), F(f.RefusedAnswerable), .. others.Select(s => F(groups(s)!.GetValueOrDefault(name)?.RecallAt3))]);
        }

        console.Write(table);
    }

    // "rightsbot-lexical" is "lexical" beside rightsbot's own columns.
    private static string ShortName(string system)
        => system.StartsWith("rightsbot-", StringComparison.Ordinal) ? system["rightsbot-".Length..] : system;

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    // An undefined figure (nothing to count, or a system that never refuses).
    private static string F(double? value) => value is { } v ? F(v) : "—";
}
