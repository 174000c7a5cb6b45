using System.Globalization;
using RightsBot.Core.Evaluation;
using Spectre.Console;

namespace RightsBot.Commands;

/// <summary>Draws <c>eval</c>'s result as readable tables, the figures of <c>eval --json</c>; a pure formatter that tests call directly.</summary>
internal static class EvalTableWriter
{
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

        if (c.RerankDepth is { } depth)
        {
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"rerank mode: no passage vectors, so the best {depth} lexical passages are reranked with sentence vectors made on demand; first-time p50 {report.Systems[0].FirstPassMsP50} ms"));
        }

        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"times: 5 passes after {report.WarmupPasses} untimed warm-up passes ({report.WarmupSeconds} s)"));
        var k = report.Systems[0].K;
        var table = new Table().Border(TableBorder.Markdown);
        var extraK = k is not (1 or 3 or 5);
        table.AddColumns(["system", "recall@1", "recall@3", "recall@5", .. extraK ? new[] { $"recall@{k}" } : [], "MRR", "refused unanswerable", "refused answerable", "query ms p50", "query ms p95", "filtered ms p50", "search ms p50"]);
        foreach (var s in report.Systems)
        {
            table.AddRow([s.Name, F(s.RecallAt1), F(s.RecallAt3), F(s.RecallAt5), .. extraK ? new[] { F(s.RecallAtK) } : [], F(s.Mrr),
                s.RefusedUnanswerable is { } ru ? F(ru) : "—", s.RefusedAnswerable is { } ra ? F(ra) : "—", F(s.QueryMsP50), F(s.QueryMsP95), s.FilteredQueryMsP50 is { } fp ? F(fp) : "—", s.SearchMsP50 is { } sp ? F(sp) : "—"]);
        }

        console.Write(table);
        foreach (var s in report.Systems.Where(s => s.Misses.Count > 0))
        {
            console.WriteLine($"{s.Name} misses at k={s.K}: {string.Join(", ", s.Misses)}");
        }
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
