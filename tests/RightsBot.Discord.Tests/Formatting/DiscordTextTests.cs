using RightsBot.Discord.Formatting;

namespace RightsBot.Discord.Tests.Formatting;

public sealed class DiscordTextTests
{
    [Theory]
    [InlineData("Short.", 10, "Short.")]
    [InlineData("Exactly ten", 11, "Exactly ten")]
    [InlineData("First sentence here. Second sentence is longer.", 30, "First sentence here.…")]
    [InlineData("no sentence ends in this long line of words", 20, "no sentence ends…")]
    [InlineData("abcdefghijklmnopqrstuvwxyz", 10, "abcdefghi…")]
    [InlineData("Escaped star \\* here", 15, "Escaped star…")]
    public void Truncate_Text_CutsAtSentenceOrWord(string text, int max, string expected)
    {
        var result = DiscordText.Truncate(text, max);

        Assert.Equal(expected, result);
        Assert.True(result.Length <= max);
    }

    [Fact]
    public void Truncate_CutInsideSurrogatePair_DropsTheHalfCharacter()
    {
        var text = new string('a', 8) + "😀😀😀";

        var result = DiscordText.Truncate(text, 10);

        Assert.Equal(new string('a', 8) + "…", result);
    }

    [Fact]
    public void Truncate_DanglingEscape_IsNotLeftBeforeTheEllipsis()
    {
        var result = DiscordText.Truncate("abcdefgh\\*ijklmnop", 10);

        Assert.Equal("abcdefgh…", result);
    }

    [Theory]
    [InlineData("plain [1] text", "plain [1] text")]
    [InlineData("**bold** _it_ ~~s~~ `c` ||sp||", "\\*\\*bold\\*\\* \\_it\\_ \\~\\~s\\~\\~ \\`c\\` \\|\\|sp\\|\\|")]
    [InlineData("> quote # head \\", "\\> quote \\# head \\\\")]
    public void EscapeMarkdown_Text_RendersLiterally(string text, string expected)
    {
        Assert.Equal(expected, DiscordText.EscapeMarkdown(text));
    }

    [Theory]
    [InlineData("Try `/help`.", "Try `/help`.")]
    [InlineData("Choose a `country` or `clear`, not *both*.", "Choose a `country` or `clear`, not \\*both\\*.")]
    [InlineData("`/settings country:Kazakh_stan` or _this_", "`/settings country:Kazakh_stan` or \\_this\\_")]
    [InlineData("an unpaired ` tick", "an unpaired \\` tick")]
    public void EscapeMarkdownOutsideCode_OwnWords_CodeSpansKeptTheRestLiteral(string text, string expected)
        => Assert.Equal(expected, DiscordText.EscapeMarkdownOutsideCode(text));

    [Theory]
    [InlineData("Section 1.c Torture", "Section 1.c Torture")]
    [InlineData("[1] *bold* › _x_", "\\[1\\] \\*bold\\* › \\_x\\_")]
    public void EscapeLinkLabel_Text_EscapesMarkdownAndBrackets(string text, string expected)
        => Assert.Equal(expected, DiscordText.EscapeLinkLabel(text));

    [Theory]
    [InlineData("Section 1", "https://www.state.gov/r/#:~:text=a%20b,c", "[Section 1](https://www.state.gov/r/#:~:text=a%20b,c)")]
    [InlineData("Section 1", "https://example.org/A_(b)", "[Section 1](https://example.org/A_%28b%29)")]
    public void MaskedLink_LabelAndUrl_ParenthesesInTheAddressEncoded(string label, string url, string expected)
        => Assert.Equal(expected, DiscordText.MaskedLink(label, url));
}
