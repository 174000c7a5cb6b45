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
}
