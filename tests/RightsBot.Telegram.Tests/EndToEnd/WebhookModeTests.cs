using RightsBot.TestSupport;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RightsBot.Core.Answering;
using RightsBot.Telegram.Tests.Fakes;
using static RightsBot.Telegram.Tests.EndToEnd.PollingModeTests;

namespace RightsBot.Telegram.Tests.EndToEnd;

/// <summary>The real host in webhook mode: the emulator POSTs updates to /telegram/webhook with the secret token.</summary>
[Collection(EndToEndGroup.Name)]
public sealed class WebhookModeTests(TelegramEmulator emulator)
{
    internal const string Secret = "e2e-Secret_token-42";

    [Fact]
    public async Task PrivateQuestion_ViaWebhook_HtmlAnswerCitingKazakhstan2016()
    {
        const string token = "3001:webhook-question";
        await using var host = await StartAsync(token);
        using var user = EmulatorUser.Create(emulator, token, userId: 601);
        await WaitForWebhookAsync(user, host);

        await user.SendTextAsync(KazakhstanQuestion);

        AssertAnswerCitingKazakhstan2016(Assert.Single(await user.WaitForBotMessagesAsync(1)));
        Assert.DoesNotContain(host.Logs.Entries, e => e.Level >= LogLevel.Information && e.Message.Contains("torture", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(host.Logs.Entries, e => e.Message.Contains(token, StringComparison.Ordinal) || e.Message.Contains(Secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CommandsAndButton_ViaWebhook_AnsweredAndCallbackAnswered()
    {
        const string token = "3002:webhook-commands";
        await using var host = await StartAsync(token);
        using var user = EmulatorUser.Create(emulator, token, userId: 602);
        await WaitForWebhookAsync(user, host);

        await user.SendTextAsync("/start");
        Assert.Contains("Try asking", Text(Assert.Single(await user.WaitForBotMessagesAsync(1))), StringComparison.Ordinal);
        await user.SendTextAsync("/ask " + KazakhstanQuestion);
        var answer = AssertAnswerCitingKazakhstan2016(Assert.Single(await user.WaitForBotMessagesAsync(1)));
        await user.PressButtonAsync(answer, Buttons(answer)[0]["callback_data"]!.GetValue<string>());

        Assert.StartsWith("<b>" + KazakhstanPageLink, Text(Assert.Single(await user.WaitForBotMessagesAsync(1))), StringComparison.Ordinal);
        Assert.Single(await user.WaitForAnsweredCallbacksAsync(1));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong-secret")]
    [InlineData(Secret + "x")]
    public async Task Webhook_WrongOrMissingSecret_403AndNothingSent(string? secret)
    {
        const string token = "3003:webhook-secret";
        await using var host = await StartAsync(token);
        using var user = EmulatorUser.Create(emulator, token, userId: 603);

        var status = await PostUpdateAsync(host, MessageUpdate(updateId: 9_000_001, chatId: 603, "/about"), secret);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        await user.AssertNoMoreBotMessagesAsync(TimeSpan.FromSeconds(1));
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"update_id\": \"abc\"}")]
    public async Task Webhook_MalformedJson_400AndBodyNotLogged(string body)
    {
        const string token = "3004:webhook-malformed";
        await using var host = await StartAsync(token);

        var status = await PostUpdateAsync(host, body, Secret);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(host.Logs.Entries, e => e.Message.Contains("malformed webhook update", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Entries, e => body.Length > 2 && e.Message.Contains(body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Webhook_SameUpdateIdTwice_AnsweredOnce()
    {
        const string token = "3005:webhook-dedupe";
        await using var host = await StartAsync(token);
        using var user = EmulatorUser.Create(emulator, token, userId: 605);
        var update = MessageUpdate(updateId: 9_000_005, chatId: 605, "/about");

        Assert.Equal(HttpStatusCode.OK, await PostUpdateAsync(host, update, Secret));
        Assert.Equal(HttpStatusCode.OK, await PostUpdateAsync(host, update, Secret));

        Assert.Contains("stores nothing about you", Text(Assert.Single(await user.WaitForBotMessagesAsync(1))), StringComparison.Ordinal);
        await user.AssertNoMoreBotMessagesAsync(TimeSpan.FromSeconds(1.5));
    }

    [Fact]
    public async Task Webhook_StickerEditJoinAndTooLong_HintsOrSilenceNeverAnError()
    {
        const string token = "3006:webhook-odd-input";
        await using var host = await StartAsync(token);
        using var user = EmulatorUser.Create(emulator, token, userId: 606);
        const string sticker = """{"update_id": 9000061, "message": {"message_id": 1, "date": 1, "chat": {"id": 606, "type": "private"}, "from": {"id": 606, "is_bot": false, "first_name": "A"}, "sticker": {"file_id": "f", "file_unique_id": "u", "type": "regular", "width": 512, "height": 512, "is_animated": false, "is_video": false}}}""";
        const string edited = """{"update_id": 9000062, "edited_message": {"message_id": 1, "date": 1, "edit_date": 2, "chat": {"id": 606, "type": "private"}, "from": {"id": 606, "is_bot": false, "first_name": "A"}, "text": "edited question"}}""";
        const string join = """{"update_id": 9000063, "message": {"message_id": 2, "date": 1, "chat": {"id": -606, "type": "group", "title": "g"}, "from": {"id": 606, "is_bot": false, "first_name": "A"}, "new_chat_members": [{"id": 7, "is_bot": false, "first_name": "B"}]}}""";

        foreach (var body in new[] { sticker, edited, join })
        {
            Assert.Equal(HttpStatusCode.OK, await PostUpdateAsync(host, body, Secret));
        }

        Assert.Contains("I can only read text questions", Text(Assert.Single(await user.WaitForBotMessagesAsync(1))), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await PostUpdateAsync(host, MessageUpdate(9_000_064, 606, new string('x', 501)), Secret));
        Assert.Contains("That question is 501 characters long; please shorten it to at most 500.", Text(Assert.Single(await user.WaitForBotMessagesAsync(1))), StringComparison.Ordinal);
        await user.AssertNoMoreBotMessagesAsync(TimeSpan.FromSeconds(1));
        Assert.DoesNotContain(host.Logs.Entries, e => e.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task Webhook_ShutdownBegun_503SoTelegramDeliversTheUpdateAgainLater()
    {
        const string token = "3007:webhook-shutdown";
        var core = new FakeQuestionAnswerer();
        var port = LoopbackPort.Free();
        await using var host = await BotHost.StartAsync(
            WebhookSettings(token, emulator.BaseUrl, port), port, services => services.AddSingleton<IQuestionAnswerer>(core));

        // What SIGTERM does first; the host's own stop comes after it.
        host.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        var status = await PostUpdateAsync(host, MessageUpdate(9_000_071, 607, KazakhstanQuestion), Secret);
        await host.StopAsync();

        // Checked once the host has stopped: in webhook mode the stop answers every update it accepted first.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Empty(core.Questions);
    }

    internal static string MessageUpdate(int updateId, long chatId, string text) => $$"""
        {"update_id": {{updateId}}, "message": {"message_id": {{updateId % 100_000}}, "date": 1700000000,
         "chat": {"id": {{chatId}}, "type": "private", "first_name": "A"},
         "from": {"id": {{chatId}}, "is_bot": false, "first_name": "A"}, "text": "{{text}}" } }
        """;

    internal static async Task<HttpStatusCode> PostUpdateAsync(BotHost host, string body, string? secret)
    {
        using var http = new HttpClient { BaseAddress = host.BaseUrl };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/webhook") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (secret is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    internal static Dictionary<string, string?> WebhookSettings(string token, Uri apiBaseUrl, int port) => new()
    {
        ["Telegram:Enabled"] = "true",
        ["Telegram:BotToken"] = token,
        ["Telegram:ApiBaseUrl"] = apiBaseUrl.ToString(),
        ["Telegram:Mode"] = "Webhook",
        ["Telegram:WebhookUrl"] = $"http://127.0.0.1:{port}/telegram/webhook",
        ["Telegram:SecretToken"] = Secret,
    };

    private static async Task WaitForWebhookAsync(EmulatorUser user, BotHost host)
    {
        var expected = new Uri(host.BaseUrl, "/telegram/webhook").ToString();
        for (var i = 0; i < 100; i++)
        {
            if ((await user.BotApiAsync("getWebhookInfo"))["url"]!.GetValue<string>() == expected)
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("the bot did not register its webhook with the emulator");
    }

    private Task<BotHost> StartAsync(string token)
    {
        var port = LoopbackPort.Free();
        return BotHost.StartAsync(WebhookSettings(token, emulator.BaseUrl, port), port);
    }
}
