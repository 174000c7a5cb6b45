using System.Text.Json;
using RightsBot.Telegram.Conversations;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace RightsBot.Telegram.Tests.Conversations;

public sealed class ConversationKeysTests
{
    private const long BotId = 777;

    [Theory]
    [InlineData("private", null, "tg:5")]
    [InlineData("private", 777L, "tg:5")]
    [InlineData("supergroup", 777L, "tg:5:42")]
    [InlineData("group", 777L, "tg:5:42")]
    [InlineData("supergroup", 8L, null)]
    [InlineData("supergroup", null, null)]
    public void ToRead_ChatAndRepliedAuthor_PrivateChatOrTheRepliedAnswersThread(string chatType, long? repliedFrom, string? expected)
        => Assert.Equal(expected, ConversationKeys.ToRead(Message(chatType, repliedFrom), BotId));

    [Theory]
    [InlineData("private", new[] { 50, 51 }, new[] { "tg:5" })]
    [InlineData("supergroup", new[] { 50 }, new[] { "tg:5:50" })]
    [InlineData("supergroup", new[] { 50, 51 }, new[] { "tg:5:50", "tg:5:51" })]
    public void ToRemember_AnswerMessages_PrivateChatOrEachMessagesThread(string chatType, int[] answerIds, string[] expected)
        => Assert.Equal(expected, ConversationKeys.ToRemember(Message(chatType, null), answerIds));

    [Fact]
    public void ForThread_TwoAnswersOfOneGroup_DifferentKeys()
        => Assert.NotEqual(ConversationKeys.ForThread(-100, 1), ConversationKeys.ForThread(-100, 2));

    private static Message Message(string chatType, long? repliedFrom)
    {
        var reply = repliedFrom is null
            ? string.Empty
            : $$""", "reply_to_message": {"message_id": 42, "date": 1, "chat": {"id": 5, "type": "{{chatType}}"}, "from": {"id": {{repliedFrom}}, "is_bot": true, "first_name": "B"}, "text": "answer"}""";
        return JsonSerializer.Deserialize<Message>(
            $$"""{"message_id": 43, "date": 1, "chat": {"id": 5, "type": "{{chatType}}"}, "from": {"id": 9, "is_bot": false, "first_name": "A"}, "text": "and in 2019?"{{reply}}}""",
            JsonBotAPI.Options)!;
    }
}
