using RightsBot.TestSupport;
using System.Net;
using System.Text;
using RightsBot.Telegram.Updates;
using static RightsBot.Telegram.Tests.EndToEnd.PollingModeTests;
using static RightsBot.Telegram.Tests.EndToEnd.WebhookModeTests;

namespace RightsBot.Telegram.Tests.EndToEnd;

/// <summary>
/// What the emulator cannot do (inline queries): real Update JSON posted to the webhook, and the bot's outgoing
/// Bot API calls captured on the loopback stand-in.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class InlineModeTests
{
    [Fact]
    public async Task InlineQuery_KazakhstanTorture_UpToFiveCitedPassagesReadyToSend()
    {
        await using var api = await BotApiStandIn.StartAsync();
        await using var host = await StartAsync(api);
        const string update = """
            {"update_id": 8000001, "inline_query": {"id": "iq-1", "from": {"id": 701, "is_bot": false, "first_name": "A"},
             "query": "in the 2016 Kazakhstan report, how many torture complaints are registered each year?", "offset": ""}}
            """;

        Assert.Equal(HttpStatusCode.OK, await PostUpdateAsync(host, update, Secret));

        var call = (await api.WaitForCallAsync("answerInlineQuery"))!;
        Assert.Equal("iq-1", call["inline_query_id"]!.GetValue<string>());
        var results = call["results"]!.AsArray();
        Assert.InRange(results.Count, 1, 5);
        Assert.All(results, r =>
        {
            Assert.Equal("article", r!["type"]!.GetValue<string>());
            Assert.True(Encoding.UTF8.GetByteCount(r["id"]!.GetValue<string>()) <= 64);
            Assert.Equal("HTML", r["input_message_content"]!["parse_mode"]!.GetValue<string>(), ignoreCase: true);
        });
        Assert.StartsWith("Kazakhstan 2016 · ", results[0]!["title"]!.GetValue<string>(), StringComparison.Ordinal);
        var content = results[0]!["input_message_content"]!;
        Assert.StartsWith("<b>" + KazakhstanPageLink, content["message_text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("<b>Kazakhstan 2016 · ", WithoutLinks(content["message_text"]!.GetValue<string>()), StringComparison.Ordinal);
        Assert.True(content["link_preview_options"]!["is_disabled"]!.GetValue<bool>());
    }

    [Fact]
    public async Task InlineQuery_Empty_AnsweredWithNoResults()
    {
        await using var api = await BotApiStandIn.StartAsync();
        await using var host = await StartAsync(api);
        const string update = """{"update_id": 8000002, "inline_query": {"id": "iq-2", "from": {"id": 702, "is_bot": false, "first_name": "A"}, "query": "  ", "offset": ""}}""";

        Assert.Equal(HttpStatusCode.OK, await PostUpdateAsync(host, update, Secret));

        var call = (await api.WaitForCallAsync("answerInlineQuery"))!;
        Assert.Empty(call["results"]!.AsArray());
    }

    [Fact]
    public async Task StartUp_WebhookMode_RegistersCommandsAndWebhookWithSecret()
    {
        await using var api = await BotApiStandIn.StartAsync();
        await using var host = await StartAsync(api);

        var commands = (await api.WaitForCallAsync("setMyCommands"))!["commands"]!.AsArray().Select(c => c!["command"]!.GetValue<string>());
        var webhook = (await api.WaitForCallAsync("setWebhook"))!;

        Assert.Equal(["ask", "compare", "country", "new", "sources", "help", "about", "start"], commands);
        var menus = api.CallsOf("setMyCommands");
        Assert.Equal([null, "ru", "kk"], menus.Select(m => m!["language_code"]?.GetValue<string>()));
        Assert.Equal("Задать вопрос о докладах по правам человека", menus[1]!["commands"]![0]!["description"]!.GetValue<string>());
        Assert.Equal(new Uri(host.BaseUrl, "/telegram/webhook").ToString(), webhook["url"]!.GetValue<string>());
        Assert.Equal(Secret, webhook["secret_token"]!.GetValue<string>());
        Assert.Equal(TelegramUpdateTypes.Allowed.Length, webhook["allowed_updates"]!.AsArray().Count);
    }

    [Fact]
    public async Task GroupMention_ViaWebhook_AnsweredAsReplyToTheMessage()
    {
        await using var api = await BotApiStandIn.StartAsync();
        await using var host = await StartAsync(api);
        await api.WaitForCallAsync("setWebhook");
        const string update = """
            {"update_id": 8000004, "message": {"message_id": 55, "date": 1700000000,
             "chat": {"id": -1001, "type": "supergroup", "title": "Defenders"}, "from": {"id": 704, "is_bot": false, "first_name": "A"},
             "text": "@RightsTestBot in the 2016 Kazakhstan report, how many torture complaints are registered each year?",
             "entities": [{"type": "mention", "offset": 0, "length": 14}]}}
            """;

        Assert.Equal(HttpStatusCode.OK, await PostUpdateAsync(host, update, Secret));

        var sent = (await api.WaitForCallAsync("sendMessage"))!;
        Assert.Equal(-1001, sent["chat_id"]!.GetValue<long>());
        Assert.Equal(55, sent["reply_parameters"]!["message_id"]!.GetValue<int>());
        Assert.Contains("[1] Kazakhstan 2016 · ", WithoutLinks(sent["text"]!.GetValue<string>()), StringComparison.Ordinal);
    }

    private static Task<BotHost> StartAsync(BotApiStandIn api)
    {
        var port = LoopbackPort.Free();
        return BotHost.StartAsync(WebhookSettings("4001:inline", api.BaseUrl, port), port);
    }
}
