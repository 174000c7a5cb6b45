using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Retrieval;

public sealed class CoverageOptionsTests
{
    [Fact]
    public void ForTranslated_GlossaryCutAndSentenceShareInPlaceOfTheEnglishOnes_OthersAndTheOriginalUnchanged()
    {
        var options = new CoverageOptions { MinSimilarity = 0.44, GlossaryMinSimilarity = 0.38, AnswerSentenceShare = 0.85, GlossaryAnswerSentenceShare = 0.75, FigurePassages = 3 };

        var translated = options.ForTranslated();

        Assert.Equal((0.38, 0.75, 3), (translated.MinSimilarity, translated.AnswerSentenceShare, translated.FigurePassages));
        Assert.Equal((0.44, 0.85), (options.MinSimilarity, options.AnswerSentenceShare));
    }
}
