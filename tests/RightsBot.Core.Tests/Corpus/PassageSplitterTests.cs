using RightsBot.Core.Corpus;
using RightsBot.Core.Text;

namespace RightsBot.Core.Tests.Corpus;

public class PassageSplitterTests
{
    [Fact]
    public void Split_ShortParagraph_IsOnePassage()
    {
        var text = "The law prohibits torture. Police nevertheless abused detainees.";
        Assert.Equal([text], PassageSplitter.Split(text));
    }

    [Theory]
    [InlineData(201, 12)]
    [InlineData(450, 20)]
    [InlineData(1000, 9)]
    public void Split_LongParagraph_CutsAtSentencesWithinLimits(int sentences, int wordsPerSentence)
    {
        var sentence = string.Join(' ', Enumerable.Repeat("word", wordsPerSentence - 1)) + " end.";
        var paragraph = string.Join(' ', Enumerable.Range(0, sentences / wordsPerSentence + 1).Select(_ => "Start " + sentence));
        var passages = PassageSplitter.Split(paragraph);

        Assert.True(passages.Count > 1);
        Assert.All(passages, p => Assert.InRange(TextUtil.CountWords(p), 1, PassageSplitter.TargetMaxWords));
        Assert.All(passages, p => Assert.EndsWith("end.", p, StringComparison.Ordinal));
        Assert.Equal(TextUtil.CountWords(paragraph), passages.Sum(TextUtil.CountWords));
    }

    [Fact]
    public void Split_OneSentenceOfSixHundredWords_NoPassageOverHardLimit()
    {
        var paragraph = string.Join(' ', Enumerable.Range(0, 600).Select(i => i % 17 == 16 ? "item;" : "item")) + ".";
        var passages = PassageSplitter.Split(paragraph);

        Assert.All(passages, p => Assert.InRange(TextUtil.CountWords(p), 1, PassageSplitter.HardMaxWords));
        Assert.Equal(600, passages.Sum(TextUtil.CountWords));
    }
}
