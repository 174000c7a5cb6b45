using RightsBot.Core.Text;

namespace RightsBot.Core.Tests.Text;

public class SentenceSplitterTests
{
    private static readonly string[] Abbreviations = WordList.Words(SentenceSplitter.AbbreviationsFile);

    public static TheoryData<string> Listed() => [.. Abbreviations];

    // Without its full stop, as the splitter compares it; a single capital (an initial) needs no entry.
    [Fact]
    public void Abbreviations_WellFormed()
    {
        WordListAssert.KeysUniqueAndLowerCase(Abbreviations, StringComparer.OrdinalIgnoreCase);
        WordListAssert.None(Abbreviations.Where(a => a.EndsWith('.') || a.Length < 2 || a.Contains(' ', StringComparison.Ordinal)), "a full stop, a space or a single letter");
    }

    [Theory]
    [MemberData(nameof(Listed))]
    public void Split_EveryListedAbbreviation_EndsNoSentence(string abbreviation)
        => Assert.Single(SentenceSplitter.Split($"It was {abbreviation}. Smith and the {abbreviation.ToUpperInvariant()}. Jones who came."));

    [Theory]
    [InlineData("One. Two.", new[] { "One.", "Two." })]
    [InlineData("The U.S. embassy said so. It was true.", new[] { "The U.S. embassy said so.", "It was true." })]
    [InlineData("Mr. Smith left on Jan. 5. He returned.", new[] { "Mr. Smith left on Jan. 5.", "He returned." })]
    [InlineData("John A. Smith spoke. Others did not.", new[] { "John A. Smith spoke.", "Others did not." })]
    [InlineData("He said, “Stop.” Then he left.", new[] { "He said, “Stop.”", "Then he left." })]
    [InlineData("In 2016 there were 54 cases. 600 complaints came in.", new[] { "In 2016 there were 54 cases.", "600 complaints came in." })]
    public void Split_ProseWithAbbreviations_KeepsSentencesWhole(string text, string[] expected)
        => Assert.Equal(expected, SentenceSplitter.Split(text));
}
