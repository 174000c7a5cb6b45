using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Retrieval;

public sealed class LexicalPassageRetrieverTests() : CorpusTests(Report)
{
    private const string Report =
        DenseTestCorpus.TestlandHeader +
        "Officials confiscated farmland from villagers in Northport.\n\n" +
        "The Reichsbuerger movement rejected the state.\n\n" +
        "Activist Anna Petrova was detained in March.\n\n" +
        "Police detained 40 persons at a rally.\n";

    private LexicalPassageRetriever Retriever => Index.Retriever;

    [Theory]
    [InlineData("Is opposition politician Vladimir Kozlov still behind bars?", new[] { "Vladimir", "Kozlov" })]
    [InlineData("Was Anna Petrova detained?", new string[0])]
    [InlineData("Was Ana Petrova detained?", new string[0])] // one letter off a name the report uses
    [InlineData("How big is the Reichsbürger movement?", new string[0])] // the report writes Reichsbuerger
    [InlineData("Was land taken in Northport?", new string[0])]
    [InlineData("Was land taken in Southport?", new[] { "Southport" })]
    [InlineData("Kozlov was jailed?", new string[0])] // a capital that starts the question says nothing
    [InlineData("was vladimir kozlov jailed?", new string[0])] // nor does lower case: only capitals mark names
    public void NamesAbsentFromScope_CapitalisedWordsTheReportsNeverUse(string question, string[] absent)
        => Assert.Equal(absent, Retriever.NamesAbsentFromScope(question, ranges: null));

    [Theory]
    [InlineData("How many refugees or asylum seekers does the country take in?", new[] { "refugees", "asylum", "seekers" })]
    [InlineData("How many villagers actually lost farmland?", new string[0])] // "actually" says how, not what
    [InlineData("How many people were detained?", new string[0])] // the report says "persons": a synonym counts
    [InlineData("How many officials were detained?", new string[0])]
    [InlineData("Were refugees detained?", new string[0])] // not a count question
    public void CountedWordsAbsentFromScope_WhatACountQuestionCountsMustBeInScope(string question, string[] absent)
        => Assert.Equal(absent, Retriever.CountedWordsAbsentFromScope(question, ranges: null));

    [Fact]
    public void NamesAbsentFromScope_OutsideTheRanges_CountsAsAbsent()
        => Assert.Equal(["Petrova"], Retriever.NamesAbsentFromScope("Was Petrova detained?", [(0, 1)]));
}
