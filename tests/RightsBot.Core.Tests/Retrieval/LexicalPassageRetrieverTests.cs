using RightsBot.Core.Tests.Answering.Pipeline;
using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Retrieval;

public sealed class LexicalPassageRetrieverTests() : CorpusTests(Report)
{
    private const string Report =
        DenseTestCorpus.TestlandHeader +
        "Officials confiscated farmland from villagers in Northport.\n\n" +
        "The Reichsbuerger movement rejected the state.\n\n" +
        "Activist Anna Petrova was detained in March.\n\n" +
        "Police detained 40 persons at a rally.\n\n" +
        "A court fined the independent Tribunanewspaper for an article. Other newspapers were warned.\n\n" +
        "Rights defender Ales Byalyatski was sentenced. Teachers at a village school were dismissed.\n";

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
    [InlineData("Was the Tribuna newspaper fined?", new string[0])] // a text copy of a web page ran it into the next word
    [InlineData("Was the Tribune fined?", new[] { "Tribune" })] // "tribune" + "wspaper" is no run of two words
    [InlineData("Was Ales Bialiatski sentenced?", new string[0])] // transliterated with "i" for the report's "y"
    [InlineData("Was Ales Bialetski sentenced?", new[] { "Bialetski" })] // more than "i" and "y" differ
    public void NamesAbsentFromScope_CapitalisedWordsTheReportsNeverUse(string question, string[] absent)
        => Assert.Equal(absent, Retriever.NamesAbsentFromScope(question, ranges: null));

    // A question the glossary translated capitalises only names, so its first word is checked too.
    [Theory]
    [InlineData("Kozlov case court", new[] { "Kozlov" })]
    [InlineData("  Kozlov detained", new[] { "Kozlov" })]
    [InlineData("Petrova detained", new string[0])]
    [InlineData("case Kozlov", new[] { "Kozlov" })]
    public void NamesAbsentFromScope_Translated_EveryCapitalisedWord(string question, string[] absent)
        => Assert.Equal(absent, Retriever.NamesAbsentFromScope(question, ranges: null, translated: true));

    [Theory]
    [InlineData("How many refugees or asylum seekers does the country take in?", new[] { "refugees", "asylum", "seekers" })]
    [InlineData("How many villagers actually lost farmland?", new string[0])] // "actually" says how, not what
    [InlineData("How many people were detained?", new string[0])] // the report says "persons": a synonym counts
    [InlineData("How many officials were detained?", new string[0])]
    [InlineData("Were refugees detained?", new string[0])] // not a count question
    [InlineData("How many schoolteachers were dismissed?", new string[0])] // school + teachers, which the report uses
    [InlineData("How many schoolbuses were seized?", new[] { "schoolbuses" })] // no buses in the report
    public void CountedWordsAbsentFromScope_WhatACountQuestionCountsMustBeInScope(string question, string[] absent)
        => Assert.Equal(absent, Retriever.CountedWordsAbsentFromScope(question, ranges: null));

    // Shorthand is spelt out before the search: left as typed, "ppl" is a counted thing the report never names.
    [Fact]
    public void Retrieve_ShorthandForWhatIsCounted_IsReadAsTheFullWord()
    {
        const string question = "how many ppl did police detain at a rally";
        var outcome = StageRunner.Retrieve(Index, question, null, null, null, 3, new CoverageOptions { MinScore = 0, MinCoverage = 0 }, lexicalOnly: true);

        Assert.Equal(["ppl"], Retriever.CountedWordsAbsentFromScope(question, ranges: null));
        Assert.Empty(outcome.AbsentNames);
        Assert.True(outcome.Covered);
        Assert.StartsWith("Police detained 40 persons", outcome.Hits[0].Passage.Text, StringComparison.Ordinal);
    }

    // The report uses "state" and "detained" but not "stage": a misspelling is corrected to the report's word, an
    // English word the report lacks is not turned into another one.
    [Fact]
    public void AnalyzeQuery_CorrectsMisspellingsButNotEnglishWords()
    {
        Assert.DoesNotContain(Retriever.AnalyzeQuery("At what stage were villagers detained?"), t => t.Term == "state");
        Assert.Contains(Retriever.AnalyzeQuery("Were villagers detaned?"), t => t.Term == "detain" && t.Weight == Retriever.Signals.SpellingWeight);
    }

    [Fact]
    public void NamesAbsentFromScope_OutsideTheRanges_CountsAsAbsent()
        => Assert.Equal(["Petrova"], Retriever.NamesAbsentFromScope("Was Petrova detained?", [(0, 1)]));

    // Top is what hybrid mode's later pre-filter and lexical mode's search read: the best of every candidate, same scores.
    [Theory]
    [InlineData("Were villagers detained by police at a rally?", 2, false)]
    [InlineData("Was a newspaper fined for an article?", 10, false)]
    [InlineData("Who was detained in March?", 3, true)]
    public void Top_EqualsCandidatesBestFirstCutToK(string question, int k, bool ranged)
    {
        var terms = Retriever.AnalyzeQuery(question);
        IReadOnlyList<(int Start, int End)>? ranges = ranged ? [(1, 4)] : null;

        var top = Retriever.Top(terms, k, ranges);

        var all = Retriever.Candidates(terms, ranges);
        Assert.NotEmpty(top);
        Assert.Equal(all.OrderByDescending(c => c.Score).ThenBy(c => c.Passage).Take(k), top);
        if (!ranged)
        {
            Assert.Equal(top.Select(c => Index.Corpus.Passages[c.Passage].Id), Retriever.Search(terms, k).Select(h => h.Passage.Id));
        }
    }
}
