using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace RightsBot.Telegram.Tests.EndToEnd;

/// <summary>
/// Follow-ups, /new and /compare against the real core over corpus/ (Kazakhstan 2016, 2022, 2023, 2024; Kyrgyz
/// Republic 2016; Uzbekistan 2019), through the Bot API emulator in polling mode.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed partial class ConversationTests(TelegramEmulator emulator) : IDisposable
{
    internal const string TortureQuestion = "how many torture complaints were registered in Kazakhstan?";
    private readonly string _statePath = Path.Combine(Path.GetTempPath(), "rightsbot-conversation-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task PrivateChat_ScopeChangeThenMore_NewReportThenOtherPassagesOfIt()
    {
        const string token = "2101:conversation-private";
        await using var host = await StartAsync(token);
        using var user = EmulatorUser.Create(emulator, token, userId: 2101);

        var first = await AskAsync(user, TortureQuestion);
        var second = await AskAsync(user, "and in 2016?");
        var more = await AskAsync(user, "tell me more");

        Assert.All(SourceReports(first), r => Assert.Equal("Kazakhstan 2024", r));
        Assert.NotEmpty(SourceReports(second));
        Assert.All(SourceReports(second), r => Assert.Equal("Kazakhstan 2016", r));
        Assert.Contains("600 torture complaints", PollingModeTests.Text(second), StringComparison.Ordinal);
        Assert.NotEmpty(SourceReports(more));
        Assert.All(SourceReports(more), r => Assert.Equal("Kazakhstan 2016", r));
        Assert.Empty(PassageIds(more).Intersect(PassageIds(second)));
        Assert.Contains("torture", PollingModeTests.Text(more), StringComparison.OrdinalIgnoreCase);
        AssertNothingOfTheConversationLogged(host, "2101");
    }

    [Theory]
    [InlineData(TortureQuestion, "what about Kyrgyzstan?", "Kyrgyz Republic 2016", "tortur")]
    [InlineData("are journalists harassed in Kazakhstan?", "same for Uzbekistan 2019", "Uzbekistan 2019", "journalist")]
    [InlineData(TortureQuestion, "and in 2022?", "Kazakhstan 2022", "tortur")]
    public async Task PrivateChat_ScopeChange_TheSameQuestionAnsweredFromTheNewReport(string question, string followUp, string report, string topicWord)
    {
        var token = "2102:conversation-scope-" + report.Replace(' ', '-');
        await using var host = await StartAsync(token);
        using var user = EmulatorUser.Create(emulator, token, userId: 2102);

        var first = await AskAsync(user, question);
        var answer = await AskAsync(user, followUp);

        Assert.DoesNotContain(report, SourceReports(first));
        var reports = SourceReports(answer);
        Assert.True(reports.Count > 0, PollingModeTests.Text(answer));
        Assert.All(reports, r => Assert.Equal(report, r));
        Assert.Contains(topicWord, PollingModeTests.Text(answer), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task NewCommand_ThenScopeChange_AnsweredAsAQuestionOfItsOwn()
    {
        const string token = "2103:conversation-new";
        await using var host = await StartAsync(token);
        using var user = EmulatorUser.Create(emulator, token, userId: 2103);

        await AskAsync(user, TortureQuestion);
        var forgotten = await AskAsync(user, "/new");
        var afterNew = await AskAsync(user, "and in 2016?");

        Assert.Equal("Starting afresh: I forgot the previous question and the chosen country.", PollingModeTests.Text(forgotten));
        Assert.StartsWith("The reports I have do not seem to cover that.", PollingModeTests.Text(afterNew), StringComparison.Ordinal);
        Assert.Empty(SourceReports(afterNew));
    }

    [Fact]
    public async Task GroupChat_RepliesToAnswers_EachFollowsItsOwnThreadOtherMessagesAreNewQuestions()
    {
        const string token = "2104:conversation-group";
        const long group = -1002104;
        await using var host = await StartAsync(token);
        using var aigerim = EmulatorUser.Create(emulator, token, userId: 2104, chatId: group, chatType: "supergroup");
        using var timur = EmulatorUser.Create(emulator, token, userId: 2105, chatId: group, chatType: "supergroup");

        var torture = await AskAsync(aigerim, "@TestNameBot " + TortureQuestion);
        var labor = await AskAsync(timur, "@TestNameBot what does the Uzbekistan report say about forced labor in the cotton harvest?");
        var tortureIn2016 = await AskAsync(aigerim, "and in 2016?", ReplyTo(torture, group));
        var moreLabor = await AskAsync(timur, "tell me more", ReplyTo(labor, group));
        var notAReply = await AskAsync(aigerim, "@TestNameBot and in 2016?");
        var replyToTheFollowUp = await AskAsync(aigerim, "what about Kyrgyzstan?", ReplyTo(tortureIn2016, group));

        Assert.Equal("Kazakhstan 2024", SourceReports(torture)[0]);
        Assert.Equal("Uzbekistan 2019", SourceReports(labor)[0]);
        Assert.All(SourceReports(tortureIn2016), r => Assert.Equal("Kazakhstan 2016", r));
        Assert.Contains("600 torture complaints", PollingModeTests.Text(tortureIn2016), StringComparison.Ordinal);
        Assert.NotEmpty(SourceReports(moreLabor));
        Assert.All(SourceReports(moreLabor), r => Assert.Equal("Uzbekistan 2019", r));
        Assert.Empty(PassageIds(moreLabor).Intersect(PassageIds(labor)));
        Assert.StartsWith("The reports I have do not seem to cover that.", PollingModeTests.Text(notAReply), StringComparison.Ordinal);
        Assert.Equal("Kyrgyz Republic 2016", SourceReports(replyToTheFollowUp)[0]);
        AssertNothingOfTheConversationLogged(host, "2104", "2105", "1002104");
    }

    [Fact]
    public async Task CompareCommand_KazakhstanTorture_OneParagraphAYearOldestFirstEachCitingItsReport()
    {
        const string token = "2106:conversation-compare";
        await using var host = await StartAsync(token);
        using var user = EmulatorUser.Create(emulator, token, userId: 2106);

        var usage = await AskAsync(user, "/compare");
        var compared = await AskAsync(user, "/compare torture complaints in Kazakhstan");

        Assert.Equal("Type a question after /compare, e.g. /compare torture complaints in Kazakhstan", PollingModeTests.Text(usage));
        var text = PollingModeTests.Text(compared);
        var years = YearParagraphRegex().Matches(text).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["2016", "2022", "2023", "2024"], years);
        var reports = SourceReports(compared);
        Assert.Contains("Kazakhstan 2016", reports);
        Assert.Contains("Kazakhstan 2024", reports);
        Assert.Equal(reports.Order(StringComparer.Ordinal), reports);
    }

    public void Dispose()
    {
        if (Directory.Exists(_statePath))
        {
            Directory.Delete(_statePath, recursive: true);
        }
    }

    internal static async Task<JsonObject> AskAsync(EmulatorUser user, string text, JsonObject? replyTo = null)
    {
        await user.SendTextAsync(text, replyTo);
        return Assert.Single(await user.WaitForBotMessagesAsync(1));
    }

    // Not even at Debug, which the host here logs: no question, follow-up, chat or user id, conversation key.
    private static void AssertNothingOfTheConversationLogged(BotHost host, params string[] ids)
    {
        Assert.NotEmpty(host.Logs.Entries);
        string[] words = ["tortur", "in 2016", "tell me more", "Kyrgyzstan", "forced labor", "tg:", .. ids];
        Assert.All(host.Logs.Entries, e => Assert.DoesNotContain(words, w => e.Message.Contains(w, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The reports the answer's sources cite ("Kazakhstan 2016"), in order.</summary>
    internal static IReadOnlyList<string> SourceReports(JsonObject botMessage)
    {
        var text = PollingModeTests.WithoutLinks(PollingModeTests.Text(botMessage));
        var sources = text.Split("<b>Sources</b>\n");
        return sources.Length < 2 ? [] : [.. SourceLineRegex().Matches(sources[1]).Select(m => m.Groups[1].Value)];
    }

    /// <summary>The passages behind the answer's "Full paragraph" buttons.</summary>
    internal static IReadOnlyList<string> PassageIds(JsonObject botMessage)
        => botMessage["message"]!["reply_markup"] is null
            ? []
            : [.. PollingModeTests.Buttons(botMessage).Select(b => b["callback_data"]!.GetValue<string>()).Where(d => d.StartsWith("p:", StringComparison.Ordinal))];

    /// <summary>A group member's reply to one of the bot's messages, as Telegram quotes it.</summary>
    internal static JsonObject ReplyTo(JsonObject botMessage, long chatId) => new()
    {
        ["message_id"] = botMessage["messageId"]!.GetValue<int>(),
        ["date"] = 1,
        ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "supergroup", ["title"] = "Rights defenders" },
        ["from"] = new JsonObject { ["id"] = 666, ["is_bot"] = true, ["first_name"] = "Bot", ["username"] = "TestNameBot" },
        ["text"] = PollingModeTests.Text(botMessage),
    };

    [GeneratedRegex(@"^<b>Kazakhstan (\d{4}):</b> ", RegexOptions.Multiline)]
    private static partial Regex YearParagraphRegex();

    [GeneratedRegex(@"^\[\d+\] (.+?) · ", RegexOptions.Multiline)]
    private static partial Regex SourceLineRegex();

    private Task<BotHost> StartAsync(string token) => BotHost.StartAsync(PollingModeTests.PollingSettings(emulator, token, _statePath));
}
