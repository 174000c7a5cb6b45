using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Retrieval;

public sealed class QueryExpansionTests
{
    [Theory]
    [InlineData("did the top court do anything about it", "supreme court")] // a two-word phrase
    [InlineData("my cousin got snatched by his family", "kidnapped abducted")]
    [InlineData("are street demos allowed", "demonstrations")]
    [InlineData("were reporters imprisoned for it", "detained prison")] // what "locked up" is spelt out to
    public void Synonyms_GivesTheReportsWordsForEverydayOnes(string question, string expected)
        => Assert.Contains(expected, QueryExpansion.Synonyms(question), StringComparison.Ordinal);

    [Fact]
    public void Synonyms_WithoutEverydayWords_IsEmpty()
        => Assert.Equal(string.Empty, QueryExpansion.Synonyms("Kozlov Zhanaozen 2016"));
}
