using RightsBot.Core.Evaluation;

namespace RightsBot.Core.Tests.Evaluation;

public class EvalScorerTests
{
    [Theory]
    [InlineData(new[] { "nothing here", "The office registered 600 torture complaints on average per year." }, "600 torture complaints on average", 2)]
    [InlineData(new[] { "Prison conditions were generally harsh." }, "prison CONDITIONS  were", 1)]
    [InlineData(new[] { "Slekishina’s lawyer — a well-known attorney" }, "Slekishina's lawyer - a well-known", 1)]
    [InlineData(new[] { "He said “stop” loudly" }, "said \"stop\"", 1)]
    [InlineData(new[] { "abc", "def" }, "xyz", null)]
    public void FirstHitRank_NormalisedQuotes_FindsFirstHit(string[] ranked, string quote, int? expected)
        => Assert.Equal(expected, EvalScorer.FirstHitRank(ranked, [quote]));

    [Fact]
    public void FirstHitRank_SeveralQuotes_AnyCounts()
        => Assert.Equal(1, EvalScorer.FirstHitRank(["second quote is here"], ["first", "second quote"]));

    [Fact]
    public void RecallAndMrr_HandMadeRanks_MatchDefinitions()
    {
        int?[] ranks = [1, 2, 4, null, 11];

        Assert.Equal(0.2, EvalScorer.RecallAt(ranks, 1), 6);
        Assert.Equal(0.4, EvalScorer.RecallAt(ranks, 3), 6);
        Assert.Equal(0.6, EvalScorer.RecallAt(ranks, 5), 6);
        Assert.Equal((1 + 0.5 + 0.25 + 0 + 0) / 5, EvalScorer.MeanReciprocalRank(ranks), 6); // rank 11 is past the top 10
    }

    [Fact]
    public void ByStyle_TwoStylesAndNone_ExactFiguresPerStyleInNameOrder()
    {
        EvalQuestionOutcome[] outcomes =
        [
            Outcome("plain", answerable: true, rank: 2, refused: false),
            Outcome("casual", answerable: true, rank: 1, refused: false),
            Outcome(null, answerable: false, rank: null, refused: false),
            Outcome("casual", answerable: true, rank: 4, refused: true),
            Outcome("plain", answerable: true, rank: null, refused: false),
            Outcome("casual", answerable: false, rank: null, refused: true),
            Outcome("plain", answerable: true, rank: 3, refused: false),
        ];

        var byStyle = EvalScorer.ByStyle(outcomes, reportsRefusal: true);

        Assert.NotNull(byStyle);
        Assert.Equal(["(none)", "casual", "plain"], byStyle.Keys);
        Assert.Equal(new EvalGroupResult(1, 0, 1, null, null, null, 0, null), byStyle["(none)"]);
        Assert.Equal(new EvalGroupResult(3, 2, 1, 0.5, 0.5, 0.625, 1, 0.5), byStyle["casual"]); // MRR (1 + 1/4) / 2
        Assert.Equal(new EvalGroupResult(3, 3, 0, 0, 0.667, 0.278, null, 0), byStyle["plain"]); // MRR (1/2 + 0 + 1/3) / 3
    }

    [Fact]
    public void ByStyle_SystemThatNeverRefuses_RefusalsNullRanksKept()
    {
        var byStyle = EvalScorer.ByStyle([Outcome("casual", answerable: true, rank: 1, refused: false), Outcome("casual", answerable: false, rank: null, refused: false)], reportsRefusal: false);

        Assert.Equal(new EvalGroupResult(2, 1, 1, 1, 1, 1, null, null), Assert.Single(byStyle!).Value);
    }

    [Fact]
    public void ByStyle_NoQuestionHasAStyle_Null()
        => Assert.Null(EvalScorer.ByStyle([Outcome(null, answerable: true, rank: 1, refused: false)], reportsRefusal: true));

    [Fact]
    public void ByStyle_MixedCase_SortedByNameIgnoringCase()
    {
        var byStyle = EvalScorer.ByStyle([Outcome("typo", true, 1, false), Outcome("Discord moderator", true, 1, false), Outcome("casual", true, 1, false)], reportsRefusal: true);

        Assert.Equal(["casual", "Discord moderator", "typo"], byStyle!.Keys);
    }

    // Three languages and none, their styles crossing them: ranks, misses, a rank past the MRR depth, refusals.
    private static readonly EvalQuestionOutcome[] Languages =
    [
        Outcome("casual", answerable: true, rank: 1, refused: false, lang: "ru"),
        Outcome("typo", answerable: true, rank: 2, refused: true, lang: "ru"),
        Outcome("casual", answerable: true, rank: null, refused: false, lang: "ru"),
        Outcome(null, answerable: false, rank: null, refused: true, lang: "ru"),
        Outcome("casual", answerable: true, rank: 4, refused: false, lang: "kk"),
        Outcome("typo", answerable: true, rank: 11, refused: false, lang: "kk"),
        Outcome("casual", answerable: false, rank: null, refused: false, lang: "kk"),
        Outcome(null, answerable: false, rank: null, refused: true, lang: "kk"),
        Outcome("typo", answerable: true, rank: 3, refused: true, lang: "en"),
        Outcome("casual", answerable: false, rank: null, refused: false, lang: null),
    ];

    [Theory]
    [InlineData("ru", 4, 3, 1, 0.333, 0.667, 0.5, 1.0, 0.333)] // MRR (1 + 1/2 + 0) / 3
    [InlineData("kk", 4, 2, 2, 0.0, 0.0, 0.125, 0.5, 0.0)] // MRR (1/4 + 0) / 2: rank 11 is past the top 10
    [InlineData("en", 1, 1, 0, 0.0, 1.0, 0.333, null, 1.0)]
    [InlineData("(none)", 1, 0, 1, null, null, null, 0.0, null)]
    public void ByLanguage_ThreeLanguagesAndNone_ExactFiguresPerLanguage(string lang, int questions, int answerable, int unanswerable, double? recallAt1, double? recallAt3, double? mrr, double? refusedUnanswerable, double? refusedAnswerable)
    {
        var byLanguage = EvalScorer.ByLanguage(Languages, reportsRefusal: true);

        Assert.NotNull(byLanguage);
        Assert.Equal(new EvalGroupResult(questions, answerable, unanswerable, recallAt1, recallAt3, mrr, refusedUnanswerable, refusedAnswerable), byLanguage[lang]);
    }

    [Fact]
    public void ByLanguage_ThreeLanguagesAndNone_SortedByLanguageNoneFirst()
        => Assert.Equal([EvalScorer.NoLanguage, "en", "kk", "ru"], EvalScorer.ByLanguage(Languages, reportsRefusal: true)!.Keys);

    [Fact]
    public void ByLanguage_SystemThatNeverRefuses_RefusalsNull()
        => Assert.All(EvalScorer.ByLanguage(Languages, reportsRefusal: false)!.Values, f => Assert.True(f.RefusedAnswerable is null && f.RefusedUnanswerable is null));

    [Fact]
    public void ByLanguage_StylesButNoLanguage_Null()
        => Assert.Null(EvalScorer.ByLanguage([Outcome("casual", answerable: true, rank: 1, refused: false)], reportsRefusal: true));

    [Fact]
    public void Percentile_Samples_NearestRank()
    {
        double[] samples = [5, 1, 3, 2, 4, 6, 7, 8, 9, 10];
        Assert.Equal(5, EvalScorer.Percentile(samples, 0.5));
        Assert.Equal(10, EvalScorer.Percentile(samples, 0.95));
        Assert.Equal(0, EvalScorer.Percentile([], 0.5));
    }

    private static EvalQuestionOutcome Outcome(string? style, bool answerable, int? rank, bool refused, string? lang = null)
        => new(new EvalQuestion("q", "q?", answerable, answerable ? ["x"] : null, null) { Style = style, Lang = lang }, rank, refused);
}
