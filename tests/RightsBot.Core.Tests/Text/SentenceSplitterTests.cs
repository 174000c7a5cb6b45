using RightsBot.Core.Text;

namespace RightsBot.Core.Tests.Text;

public class SentenceSplitterTests
{
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
