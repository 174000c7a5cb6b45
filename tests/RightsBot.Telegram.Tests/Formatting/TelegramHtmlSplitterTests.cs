using System.Text.RegularExpressions;
using RightsBot.Telegram.Formatting;

namespace RightsBot.Telegram.Tests.Formatting;

public sealed partial class TelegramHtmlSplitterTests
{
    [Theory]
    [InlineData("short", 20, new[] { "short" })]
    [InlineData("First paragraph here.\n\nSecond paragraph.", 30, new[] { "First paragraph here.", "Second paragraph." })]
    [InlineData("One line here\nTwo line here\nThree", 30, new[] { "One line here\nTwo line here", "Three" })]
    [InlineData("First sentence is here. Second sentence follows on.", 40, new[] { "First sentence is here.", "Second sentence follows on." })]
    [InlineData("words words words words words words", 20, new[] { "words words words", "words words words" })]
    [InlineData("<b>bold part one. bold part two.</b>", 30, new[] { "<b>bold part one.</b>", "<b>bold part two.</b>" })]
    [InlineData("aaaa &amp; bbbb &lt; cccc", 16, new[] { "aaaa &amp; bbbb", "&lt; cccc" })]
    [InlineData("aaaaaaaaaaaa&amp;bbbb", 16, new[] { "aaaaaaaaaaaa", "&amp;bbbb" })]
    [InlineData("aaaaaaaaaa<b>bbbbbbbbbb</b>", 20, new[] { "aaaaaaaaaa<b>bbb</b>", "<b>bbbbbbb</b>" })]
    [InlineData("abcdefghijklmnopqrstuvwxyz", 16, new[] { "abcdefghijklmnop", "qrstuvwxyz" })]
    public void Split_Table_CutsAtTheBestBoundary(string html, int max, string[] expected)
        => Assert.Equal(expected, TelegramHtmlSplitter.Split(html, max));

    [Theory]
    [InlineData(16)]
    [InlineData(50)]
    [InlineData(200)]
    [InlineData(4096)]
    public void Split_LongMarkedUpText_EveryPartFitsIsWellFormedAndNothingIsLost(int max)
    {
        var paragraph = "<b>Section 1.</b> The Prosecutor General &amp; police registered <i>700 complaints</i> of torture. "
            + "Officials said &lt;none&gt; were upheld! Was anyone charged? Not according to NGOs.";
        var html = string.Join("\n\n", Enumerable.Repeat(paragraph, 120));

        var parts = TelegramHtmlSplitter.Split(html, max);

        Assert.All(parts, part =>
        {
            Assert.InRange(part.Length, 1, max);
            AssertWellFormed(part);
        });
        Assert.Equal(Visible(html), string.Concat(parts.Select(Visible)));
    }

    [Fact]
    public void Split_EmojiAtTheLimit_DoesNotSplitASurrogatePair()
    {
        var html = new string('a', 15) + "😀" + "bbbb";

        var parts = TelegramHtmlSplitter.Split(html, 16);

        Assert.Equal([new string('a', 15), "😀bbbb"], parts);
    }

    private static string Visible(string html)
        => WhitespaceRegex().Replace(TagRegex().Replace(html, string.Empty), string.Empty);

    private static void AssertWellFormed(string part)
    {
        var stack = new Stack<string>();
        foreach (Match tag in TagRegex().Matches(part))
        {
            if (tag.Groups[1].Value == "/")
            {
                Assert.NotEmpty(stack);
                Assert.Equal(stack.Pop(), tag.Groups[2].Value);
            }
            else
            {
                stack.Push(tag.Groups[2].Value);
            }
        }

        Assert.Empty(stack);
        var text = TagRegex().Replace(part, string.Empty);
        Assert.DoesNotContain('<', text);
        Assert.DoesNotContain('>', text);
        Assert.Matches(EntityRegex(), text);
    }

    [GeneratedRegex("<(/?)([a-z]+)[^>]*>")]
    private static partial Regex TagRegex();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();

    // Every '&' starts a complete entity.
    [GeneratedRegex("^([^&]|&(amp|lt|gt|quot);)*$")]
    private static partial Regex EntityRegex();
}
