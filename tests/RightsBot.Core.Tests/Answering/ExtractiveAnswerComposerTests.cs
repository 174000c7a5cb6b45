using RightsBot.Core.Answering;
using RightsBot.Core.Retrieval;
using RightsBot.Core.Tests.Retrieval;

namespace RightsBot.Core.Tests.Answering;

public sealed class ExtractiveAnswerComposerTests : CorpusTests
{
    // By meaning, a sentence joins the answer at this share of the best one's similarity (CoverageOptions' default).
    private static readonly double Share = new CoverageOptions().AnswerSentenceShare;

    private const string Passage = "The army held parades in the capital. Officials confiscated farmland from villagers in the north.";

    private LexicalPassageRetriever Retriever => Index.Retriever;

    private static AnswerSource Source(int rank, string text) => new(rank, $"p{rank}", "Testland", 2020, "Section 1. Life", 1, text);

    [Fact]
    public void Compose_ByWords_PicksTheSentenceSharingTheQuestionsWords()
    {
        var answer = ExtractiveAnswerComposer.Compose("Were rural plots seized by the army?", [Source(1, Passage)], Retriever, new AnswerOptions(), Share);

        Assert.Equal("The army held parades in the capital. [1]", answer);
    }

    [Fact]
    public void Compose_ByMeaning_PicksTheClosestSentenceEvenWithNoSharedWord()
    {
        IReadOnlyList<(string, float)> Meaning(AnswerSource s) => [("The army held parades in the capital.", 0.2f), ("Officials confiscated farmland from villagers in the north.", 0.7f)];

        var answer = ExtractiveAnswerComposer.Compose("Were rural plots seized by the army?", [Source(1, Passage)], Retriever, new AnswerOptions(), Share, Meaning);

        Assert.Equal("Officials confiscated farmland from villagers in the north. [1]", answer);
    }

    [Fact]
    public void Compose_ByMeaning_KeepsOnlySentencesNearTheBest()
    {
        IReadOnlyList<(string, float)> Meaning(AnswerSource s) => s.Rank == 1
            ? [("First close sentence.", 0.70f), ("Unrelated sentence.", 0.40f)]
            : [("Second close sentence.", 0.69f)];

        var answer = ExtractiveAnswerComposer.Compose("q", [Source(1, "x"), Source(2, "y")], Retriever, new AnswerOptions(), Share, Meaning);

        Assert.Equal("First close sentence. [1] Second close sentence. [2]", answer);
    }
}
