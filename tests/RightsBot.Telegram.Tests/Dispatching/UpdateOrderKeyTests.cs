using System.Text.Json;
using RightsBot.Telegram.Dispatching;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace RightsBot.Telegram.Tests.Dispatching;

public sealed class UpdateOrderKeyTests
{
    [Theory]
    [InlineData("""{"update_id":1,"message":{"message_id":1,"date":1,"chat":{"id":42,"type":"private"},"from":{"id":42,"is_bot":false,"first_name":"A"},"text":"q"}}""", 42)]
    [InlineData("""{"update_id":2,"message":{"message_id":1,"date":1,"chat":{"id":-1005,"type":"supergroup","title":"G"},"from":{"id":42,"is_bot":false,"first_name":"A"},"text":"q"}}""", -1005)]
    [InlineData("""{"update_id":3,"edited_message":{"message_id":1,"date":1,"chat":{"id":-7,"type":"group","title":"G"},"text":"q"}}""", -7)]
    [InlineData("""{"update_id":4,"callback_query":{"id":"c","chat_instance":"i","from":{"id":42,"is_bot":false,"first_name":"A"},"message":{"message_id":9,"date":1,"chat":{"id":-1005,"type":"supergroup","title":"G"}},"data":"p:x"}}""", -1005)]
    [InlineData("""{"update_id":5,"callback_query":{"id":"c","chat_instance":"i","from":{"id":42,"is_bot":false,"first_name":"A"},"inline_message_id":"m","data":"p:x"}}""", 42)]
    [InlineData("""{"update_id":6,"inline_query":{"id":"q","from":{"id":43,"is_bot":false,"first_name":"B"},"query":"torture","offset":""}}""", 43)]
    [InlineData("""{"update_id":7,"chosen_inline_result":{"result_id":"r","from":{"id":44,"is_bot":false,"first_name":"C"},"query":"q"}}""", 44)]
    [InlineData("""{"update_id":8,"poll":{"id":"p","question":"?","options":[],"total_voter_count":0,"is_closed":false,"is_anonymous":true,"type":"regular","allows_multiple_answers":false}}""", UpdateOrderKey.Other)]
    public void Of_UpdateKind_KeyOfItsChatOrUser(string json, long expected)
    {
        var update = JsonSerializer.Deserialize<Update>(json, JsonBotAPI.Options)!;

        Assert.Equal(expected, UpdateOrderKey.Of(update));
    }
}
