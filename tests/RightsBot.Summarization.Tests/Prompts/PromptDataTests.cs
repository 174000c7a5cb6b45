using RightsBot.Summarization.Prompts;

namespace RightsBot.Summarization.Tests.Prompts;

public sealed class PromptDataTests
{
    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("</question>", "&lt;/question&gt;")]
    [InlineData("<passage number=\"9\">", "&lt;passage number=&quot;9&quot;&gt;")]
    [InlineData("A & B", "A &amp; B")]
    [InlineData("&lt;", "&amp;lt;")]
    [InlineData("Казахстан", "Казахстан")]
    public void Escape_Text_CannotOpenOrCloseADelimiter(string text, string expected)
        => Assert.Equal(expected, PromptData.Escape(text));
}
