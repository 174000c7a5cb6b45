using RightsBot.Telegram.Formatting;

namespace RightsBot.Telegram.Tests.Formatting;

public sealed class TelegramHtmlTests
{
    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("a < b > c", "a &lt; b &gt; c")]
    [InlineData("AT&T", "AT&amp;T")]
    [InlineData("<b>bold</b>", "&lt;b&gt;bold&lt;/b&gt;")]
    [InlineData("say \"hi\"", "say &quot;hi&quot;")]
    [InlineData("&amp;", "&amp;amp;")]
    [InlineData("Qazaqstan — «tıl» é", "Qazaqstan — «tıl» é")]
    [InlineData("", "")]
    public void Escape_Text_EscapesOnlyTelegramSpecials(string input, string expected)
        => Assert.Equal(expected, TelegramHtml.Escape(input));

    [Theory]
    [InlineData("short & sweet", 100, "short &amp; sweet")]
    [InlineData("a & b", 5, "a ")]
    [InlineData("a & b", 7, "a &amp;")]
    [InlineData("<<<", 8, "&lt;&lt;")]
    [InlineData("ab😀c", 3, "ab")]
    [InlineData("ab😀c", 4, "ab😀")]
    [InlineData("", 5, "")]
    public void EscapePrefix_TextAndLimit_LongestEscapedStartWithoutCuttingEntitiesOrEmoji(string input, int max, string expected)
        => Assert.Equal(expected, TelegramHtml.EscapePrefix(input, max));

    [Theory]
    [InlineData("Kazakhstan 2016", null, "Kazakhstan 2016")]
    [InlineData("A & <B>", null, "A &amp; &lt;B&gt;")]
    [InlineData("Kazakhstan 2016", "https://www.state.gov/r/#:~:text=a%20b,c", "<a href=\"https://www.state.gov/r/#:~:text=a%20b,c\">Kazakhstan 2016</a>")]
    [InlineData("A & B", "https://example.org/r?a=1&b=\"2\"", "<a href=\"https://example.org/r?a=1&amp;b=&quot;2&quot;\">A &amp; B</a>")]
    public void Link_TextAndUrl_EscapedAnchorOrPlainText(string text, string? url, string expected)
        => Assert.Equal(expected, TelegramHtml.Link(text, url));
}
