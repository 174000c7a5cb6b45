using RightsBot.Core.Retrieval;
using RightsBot.Core.Text;

namespace RightsBot.Core.Tests.Text;

public sealed class EnglishWordsTests
{
    // Words a question may use that a small corpus lacks; analysed as the retriever analyses them, so that these
    // also fail if the analyser changes and the shipped stems are not made again (Resources/README.md).
    [Theory]
    [InlineData("stage")]
    [InlineData("custody")]
    [InlineData("packed")]
    [InlineData("beaten")]
    [InlineData("marrying")]
    [InlineData("approved")]
    [InlineData("recommends")]
    [InlineData("inspectors")]
    [InlineData("harassment")]
    public void HasStem_CommonWords(string word)
        => Assert.True(EnglishWords.HasStem(EnglishTextAnalyzer.Instance.Analyze(word)));

    // What users mistype, and shorthand: these go to the spelling corrector.
    [Theory]
    [InlineData("legaly")]
    [InlineData("maried")]
    [InlineData("torure")]
    [InlineData("detaned")]
    [InlineData("recomend")]
    [InlineData("afganistan")]
    [InlineData("kazakstan")]
    [InlineData("harrasment")]
    public void HasStem_NotMisspellings(string word)
        => Assert.False(EnglishWords.HasStem(EnglishTextAnalyzer.Instance.Analyze(word)));
}
