using Microsoft.Extensions.Logging.Abstractions;
using RightsBot.Core.Corpus;
using RightsBot.Core.Evaluation;

namespace RightsBot.Core.Tests.Evaluation;

/// <summary>
/// The question sets under tests/eval can be scored at all: every answerable question's quotes are in a passage of
/// the corpus the set is run over (compared as eval compares them), and every explicit filter names a report there.
/// </summary>
public sealed class EvalSetsTests
{
    private static readonly Lazy<ReportCorpus> Excerpt = new(() => new CorpusLoader(NullLogger<CorpusLoader>.Instance).Load(TestPaths.SeedExcerpt));
    private static readonly Lazy<ReportCorpus> Shipped = new(() => new CorpusLoader(NullLogger<CorpusLoader>.Instance).Load(TestPaths.Corpus));

    [Theory]
    [InlineData("heldout-excerpt.jsonl")]
    [InlineData("heldout2-excerpt.jsonl")]
    [InlineData("heldout3-excerpt.jsonl")]
    [InlineData("heldout4-excerpt.jsonl")]
    [InlineData("heldout5-excerpt.jsonl")]
    [InlineData("multi-report.jsonl")]
    [InlineData("calibration.jsonl")]
    [InlineData("heldout-corpus.jsonl")]
    [InlineData("heldout2-corpus.jsonl")]
    [InlineData("heldout3-corpus.jsonl")]
    [InlineData("heldout4-corpus.jsonl")]
    [InlineData("heldout5-corpus.jsonl")]
    [InlineData("ru-excerpt.jsonl")]
    [InlineData("ru-corpus.jsonl")]
    [InlineData("kk-excerpt.jsonl")]
    [InlineData("kk-corpus.jsonl")]
    [InlineData("ru-dev.jsonl")]
    [InlineData("kk-dev.jsonl")]
    [InlineData("ru-dev2-excerpt.jsonl")]
    [InlineData("ru-dev2-corpus.jsonl")]
    [InlineData("ru-dev3-excerpt.jsonl")]
    [InlineData("ru-dev3-corpus.jsonl")]
    [InlineData("kk-dev3-excerpt.jsonl")]
    [InlineData("kk-dev3-corpus.jsonl")]
    [InlineData("ru-dev4-excerpt.jsonl")]
    [InlineData("ru-dev5-excerpt.jsonl")]
    public void EveryExpectedQuoteIsInAPassage_AndEveryFilterNamesAReport(string file)
    {
        var corpus = file.Contains("excerpt", StringComparison.Ordinal) ? Excerpt.Value : Shipped.Value;
        var questions = EvalQuestionReader.Read(Path.Combine(TestPaths.RepoRoot, "tests", "eval", file));
        var texts = corpus.Passages.Select(p => p.Text).ToList();

        Assert.NotEmpty(questions);
        Assert.All(questions.Where(q => q.Answerable), q => Assert.True(EvalScorer.FirstHitRank(texts, q.Expected ?? []) is not null, $"{q.Id}: no passage holds its quote"));
        Assert.All(questions.Where(q => q.Filters is not null), q => Assert.Contains(corpus.Reports, r =>
            (q.Filters!.Country is null || string.Equals(r.Country, q.Filters.Country, StringComparison.OrdinalIgnoreCase))
            && (q.Filters.Year is null || r.Year == q.Filters.Year)));
    }

    [Fact]
    public void ComparisonSet_EveryPartsQuoteIsInItsOwnReport_AndMissingReportsAreMissing()
    {
        var corpus = Shipped.Value;
        var questions = EvalQuestionReader.Read(Path.Combine(TestPaths.RepoRoot, "tests", "eval", "comparison.jsonl"));

        Assert.True(questions.Count >= 15);
        Assert.All(questions, q => Assert.True(q.IsComparison, q.Id));
        foreach (var (q, part) in questions.SelectMany(q => q.Parts!.Select(p => (q, p))))
        {
            var report = corpus.Reports.Select((r, i) => (r, i)).Where(x => x.r.Country == part.Country && x.r.Year == part.Year).Select(x => (int?)x.i).FirstOrDefault();
            Assert.True(part.MissingReport == report is null, $"{q.Id}: {part.Country} {part.Year}");
            if (part.ShouldAnswer)
            {
                var texts = corpus.Passages.Where(p => p.ReportIndex == report).Select(p => p.Text).ToList();
                Assert.True(EvalScorer.FirstHitRank(texts, part.Expected!) is not null, $"{q.Id}: {part.Country} {part.Year} holds no quote");
            }
        }
    }
}
