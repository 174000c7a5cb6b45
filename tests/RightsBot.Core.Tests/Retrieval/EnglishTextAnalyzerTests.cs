using RightsBot.Core.Retrieval;
using RightsBot.Core.Tests.Text;
using RightsBot.Core.Text;

namespace RightsBot.Core.Tests.Retrieval;

public sealed class EnglishTextAnalyzerTests
{
    private static readonly string[] StopWords = WordList.Words(EnglishTextAnalyzer.StopWordsFile);

    public static TheoryData<string> Words() => [.. StopWords];

    [Fact]
    public void StopWords_WellFormed()
        => WordListAssert.KeysUniqueAndLowerCase(StopWords, StringComparer.OrdinalIgnoreCase);

    [Theory]
    [MemberData(nameof(Words))]
    public void Analyze_StopWord_Dropped(string word)
        => Assert.Equal("prison", EnglishTextAnalyzer.Instance.Analyze($"{word} prisons {word.ToUpperInvariant()}"));

    [Theory]
    [InlineData("How many complaints were registered?", "complaint regist")]
    [InlineData("Kazakhstan's journalists", "kazakhstan journalist")]
    public void Analyze_Question_StemsOfItsTopicWords(string text, string terms)
        => Assert.Equal(terms, EnglishTextAnalyzer.Instance.Analyze(text));
}
