using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RightsBot.Telegram.Tests.EndToEnd;

/// <summary>A Telegram user (in a private chat or a group) talking to one bot through the emulator's client API.</summary>
internal sealed class EmulatorUser(HttpClient http, string botToken, long userId, long chatId, string chatType = "private", string? languageCode = null) : IDisposable
{
    private static int s_messageDate = (int)DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    public long ChatId => chatId;

    // languageCode: the user's Telegram interface language ("ru", "kk"), sent as from.language_code; null sends none.
    public static EmulatorUser Create(TelegramEmulator emulator, string botToken, long userId, long? chatId = null, string chatType = "private", string? languageCode = null)
        => new(new HttpClient { BaseAddress = emulator.BaseUrl, Timeout = TimeSpan.FromSeconds(60) }, botToken, userId, chatId ?? userId, chatType, languageCode);

    public Task SendTextAsync(string text, JsonObject? replyTo = null)
    {
        var message = CommonMessage();
        message["text"] = text;
        if (text.StartsWith('/'))
        {
            var end = text.IndexOf(' ', StringComparison.Ordinal);
            message["entities"] = new JsonArray(new JsonObject { ["offset"] = 0, ["length"] = end < 0 ? text.Length : end, ["type"] = "bot_command" });
        }

        if (replyTo is not null)
        {
            message["reply_to_message"] = replyTo;
        }

        return PostAsync(text.StartsWith('/') ? "/sendCommand" : "/sendMessage", message);
    }

    /// <summary>Presses an inline button under one of the bot's messages.</summary>
    public Task PressButtonAsync(JsonObject botMessage, string callbackData)
    {
        var message = new JsonObject
        {
            ["message_id"] = botMessage["messageId"]!.GetValue<int>(),
            ["date"] = Interlocked.Increment(ref s_messageDate),
            ["chat"] = Chat(),
            ["from"] = new JsonObject { ["id"] = 666, ["is_bot"] = true, ["first_name"] = "Bot" },
            ["text"] = botMessage["message"]!["text"]!.GetValue<string>(),
        };
        var callback = new JsonObject
        {
            ["botToken"] = botToken,
            ["from"] = From(),
            ["message"] = message,
            ["chat_instance"] = "e2e",
            ["data"] = callbackData,
        };
        return PostAsync("/sendCallback", callback);
    }

    /// <summary>The bot's messages in this chat that arrive until <paramref name="count"/> are there or the time is up.</summary>
    public async Task<IReadOnlyList<JsonObject>> WaitForBotMessagesAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        var received = new List<JsonObject>();
        while (received.Count < count && DateTime.UtcNow < deadline)
        {
            received.AddRange(await BotMessagesSoFarAsync());
            if (received.Count < count)
            {
                await Task.Delay(50);
            }
        }

        return received;
    }

    /// <summary>The bot's messages in this chat that have arrived and were not read yet, without waiting for more.</summary>
    public async Task<IReadOnlyList<JsonObject>> BotMessagesSoFarAsync()
    {
        var response = await http.PostAsJsonAsync("/getUpdates", new { token = botToken, chatId });
        response.EnsureSuccessStatusCode();
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return [.. body["result"]!.AsArray().Select(n => n!.AsObject())];
    }

    /// <summary>Asserts that nothing more arrives from the bot in this chat for a while.</summary>
    public async Task AssertNoMoreBotMessagesAsync(TimeSpan quietPeriod)
    {
        var extra = await WaitForBotMessagesAsync(1, quietPeriod);
        Assert.True(extra.Count == 0, $"unexpected bot message: {(extra.Count > 0 ? extra[0].ToJsonString() : string.Empty)}");
    }

    /// <summary>
    /// The callback queries the bot answered, once there are at least <paramref name="count"/> of them (or the
    /// timeout passes): the bot may send its reply before it answers the button press.
    /// </summary>
    public async Task<JsonArray> WaitForAnsweredCallbacksAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var response = await http.PostAsJsonAsync("/answeredCallbacks", new { token = botToken });
            var answered = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["result"]!.AsArray();
            if (answered.Count >= count || DateTime.UtcNow >= deadline)
            {
                return answered;
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Every editMessageText the bot made (in any chat), oldest first.</summary>
    public async Task<JsonArray> BotEditsAsync()
    {
        var response = await http.PostAsJsonAsync("/botEdits", new { token = botToken });
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["result"]!.AsArray();
    }

    /// <summary>Every editMessageText the bot made, once there are at least <paramref name="count"/> (or the timeout passes).</summary>
    public async Task<JsonArray> WaitForBotEditsAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var edits = await BotEditsAsync();
            if (edits.Count >= count || DateTime.UtcNow >= deadline)
            {
                return edits;
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Calls a Bot API method as the bot would (the emulator's own answer), with <paramref name="parameters"/> if any.</summary>
    public async Task<JsonNode> BotApiAsync(string method, JsonObject? parameters = null)
    {
        using var content = new StringContent((parameters ?? []).ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        var response = await http.PostAsync($"/bot{botToken}/{method}", content);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["result"]!;
    }

    public void Dispose() => http.Dispose();

    private async Task PostAsync(string path, JsonObject body)
    {
        using var content = new StringContent(body.ToJsonString(JsonSerializerOptions.Default), System.Text.Encoding.UTF8, "application/json");
        var response = await http.PostAsync(path, content);
        response.EnsureSuccessStatusCode();
    }

    private JsonObject CommonMessage() => new()
    {
        ["botToken"] = botToken,
        ["from"] = From(),
        ["chat"] = Chat(),
        ["date"] = Interlocked.Increment(ref s_messageDate),
    };

    private JsonObject From()
    {
        var from = new JsonObject { ["id"] = userId, ["is_bot"] = false, ["first_name"] = "Aigerim", ["username"] = "aigerim_test" };
        if (languageCode is not null)
        {
            from["language_code"] = languageCode;
        }

        return from;
    }

    private JsonObject Chat() => chatType == "private"
        ? new JsonObject { ["id"] = chatId, ["type"] = "private", ["first_name"] = "Aigerim" }
        : new JsonObject { ["id"] = chatId, ["type"] = chatType, ["title"] = "Rights defenders" };
}
