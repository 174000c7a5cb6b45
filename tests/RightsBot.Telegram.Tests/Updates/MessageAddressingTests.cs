using RightsBot.Telegram.Updates;

namespace RightsBot.Telegram.Tests.Updates;

public sealed class MessageAddressingTests
{
    [Theory]
    [InlineData("/start", "start", "", false)]
    [InlineData("/ask what about torture?", "ask", "what about torture?", false)]
    [InlineData("/ASK@RightsBot  torture  ", "ask", "torture", false)]
    [InlineData("/ask@rightsbot torture", "ask", "torture", false)]
    [InlineData("/start@OtherBot", "start", "", true)]
    [InlineData("/help\nmore", "help", "more", false)]
    public void TryParseCommand_Command_NameArgumentsAndTarget(string text, string name, string arguments, bool forOtherBot)
        => Assert.Equal(new ParsedCommand(name, arguments, forOtherBot), MessageAddressing.TryParseCommand(text, "RightsBot"));

    [Theory]
    [InlineData("what about torture?")]
    [InlineData("/")]
    [InlineData("/ space")]
    [InlineData("a /start")]
    public void TryParseCommand_NotACommand_ReturnsNull(string text)
        => Assert.Null(MessageAddressing.TryParseCommand(text, "RightsBot"));

    [Theory]
    [InlineData("@RightsBot how are complaints handled?", "how are complaints handled?")]
    [InlineData("hey @rightsbot, torture in Kazakhstan?", "hey torture in Kazakhstan?")]
    [InlineData("@RightsBot: assembly", "assembly")]
    [InlineData("torture? @RightsBot", "torture?")]
    public void TryStripMention_MentionsBot_ReturnsQuestionWithoutMention(string text, string question)
    {
        Assert.True(MessageAddressing.TryStripMention(text, "RightsBot", out var stripped));
        Assert.Equal(question, stripped);
    }

    [Theory]
    [InlineData("just chatting")]
    [InlineData("@RightsBotFan hello")]
    [InlineData("mail me at x@RightsBot")]
    [InlineData("@OtherBot hi")]
    public void TryStripMention_NoMentionOfBot_ReturnsFalse(string text)
        => Assert.False(MessageAddressing.TryStripMention(text, "RightsBot", out _));
}
