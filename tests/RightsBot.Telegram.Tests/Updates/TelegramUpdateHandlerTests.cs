using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RightsBot.Adapters.RateLimiting;
using RightsBot.Core.Answering;
using RightsBot.Core.Conversation;
using RightsBot.Telegram.Asking;
using RightsBot.Telegram.Conversations;
using RightsBot.Telegram.Feedback;
using RightsBot.Telegram.Formatting;
using RightsBot.Telegram.Sending;
using RightsBot.Telegram.Startup;
using RightsBot.Telegram.Tests.Conversations;
using RightsBot.Telegram.Tests.EndToEnd;
using RightsBot.Telegram.Tests.Fakes;
using RightsBot.Telegram.Updates;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace RightsBot.Telegram.Tests.Updates;

public sealed class TelegramUpdateHandlerTests : IAsyncLifetime, IDisposable
{
    private readonly FakeTimeProvider _time = new();
    private readonly FakeQuestionAnswerer _core = new();
    private readonly string _feedbackPath = Path.Combine(Path.GetTempPath(), "rightsbot-feedback-" + Guid.NewGuid().ToString("N") + ".jsonl");
    private FeedbackStore _feedback = null!;
    private BotApiStandIn _api = null!;
    private HttpClient _http = null!;
    private UserRateLimiter<long> _limiter = null!;
    private CoreConversations _conversations = null!;
    private TelegramUpdateHandler _handler = null!;

    public async Task InitializeAsync()
    {
        _api = await BotApiStandIn.StartAsync();
        _http = new HttpClient();
        var client = new TelegramBotClient(new TelegramBotClientOptions("7001:handler", _api.BaseUrl.ToString()) { RetryCount = 0 }, _http);
        var limits = Options.Create(new LimitsOptions { QuestionsPerMinute = 2, MaxQuestionLength = 100 });
        _limiter = new UserRateLimiter<long>(limits, _time);
        var identity = new BotIdentity();
        identity.SetReady(new User { Id = 777, IsBot = true, FirstName = "RightsBot", Username = "RightsTestBot" });
        _feedback = new FeedbackStore(Options.Create(new FeedbackOptions { Enabled = true, Path = _feedbackPath }), _time);
        var sender = new TelegramSender(client, NullLogger<TelegramSender>.Instance);
        _conversations = new CoreConversations(_time);
        var streamer = new TelegramAnswerStreamer(sender, _time, NullLogger<TelegramAnswerStreamer>.Instance);
        var asker = new TelegramQuestionAsker(_core, _conversations.Conversations, sender, streamer, _limiter, _feedback, limits);
        _handler = new TelegramUpdateHandler(
            _core, asker, _conversations.Conversations, sender, _feedback, identity, limits, NullLogger<TelegramUpdateHandler>.Instance);
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    public void Dispose()
    {
        _http.Dispose();
        _limiter.Dispose();
        _conversations.Dispose();
        _feedback.Dispose();
        File.Delete(_feedbackPath);
    }

    [Fact]
    public async Task HandleAsync_OverTheRateLimit_OneNoticeThenSilenceUntilTheWindowPasses()
    {
        for (var i = 0; i < 5; i++)
        {
            await _handler.HandleAsync(Message(i, "how are torture complaints handled?"));
        }

        var texts = SentTexts();
        Assert.Equal(3, texts.Count);
        Assert.StartsWith("About 700 torture complaints", texts[0], StringComparison.Ordinal);
        Assert.StartsWith("About 700 torture complaints", texts[1], StringComparison.Ordinal);
        Assert.StartsWith("You are asking quickly", texts[2], StringComparison.Ordinal);
        Assert.Equal(2, _core.Questions.Count);

        _time.Advance(TimeSpan.FromMinutes(1));
        await _handler.HandleAsync(Message(9, "and in 2016?"));

        Assert.Equal(4, SentTexts().Count);
        Assert.Equal(3, _core.Questions.Count);
    }

    [Theory]
    [InlineData("just chatting", false)]
    [InlineData("/start@OtherBot", false)]
    [InlineData("@OtherBot what about torture?", false)]
    [InlineData("@RightsTestBot what about torture?", true)]
    [InlineData("/ask@RightsTestBot what about torture?", true)]
    [InlineData("/ask what about torture?", true)]
    public async Task HandleAsync_GroupMessage_AnsweredOnlyWhenAddressedToTheBot(string text, bool answered)
    {
        await _handler.HandleAsync(Message(1, text, chatId: -500, chatType: "supergroup"));

        Assert.Equal(answered ? 1 : 0, _api.CallsOf("sendMessage").Count);
        Assert.Equal(answered ? ["what about torture?"] : [], _core.Questions.Select(q => q.Text));
    }

    [Theory]
    [InlineData("/ask")]
    [InlineData("/ask   ")]
    [InlineData("?!?!")]
    [InlineData("q")] // + 100 more: over Limits:MaxQuestionLength
    public async Task HandleAsync_QuestionTheCoreWouldReject_TheCoresWordsCoreNotAskedNoRateLimitSpent(string text)
    {
        text = text == "q" ? new string('q', 101) : text;
        var question = text.StartsWith("/ask", StringComparison.Ordinal) ? text[4..] : text;

        for (var i = 0; i < 3; i++)
        {
            await _handler.HandleAsync(Message(i, text));
        }

        var expected = TelegramHtml.Escape(QuestionValidator.Validate(question, 100)!);
        Assert.Equal([expected, expected, expected], SentTexts());
        Assert.Empty(_core.Questions);

        await _handler.HandleAsync(Message(9, "how are torture complaints handled?"));
        Assert.Single(_core.Questions);
    }

    [Fact]
    public async Task HandleAsync_UnknownPassageButton_CallbackStillAnswered()
    {
        var update = Parse("""{"update_id": 1, "callback_query": {"id": "cb-9", "from": {"id": 5, "is_bot": false, "first_name": "A"}, "chat_instance": "c", "data": "p:no-such-passage"}}""");

        await _handler.HandleAsync(update);

        var answer = Assert.Single(_api.CallsOf("answerCallbackQuery"))!;
        Assert.Equal("cb-9", answer["callback_query_id"]!.GetValue<string>());
        Assert.Equal(BotTexts.PassageGone, answer["text"]!.GetValue<string>());
        Assert.Empty(_api.CallsOf("sendMessage"));
    }

    [Fact]
    public async Task HandleAsync_AnswerWithFeedbackOn_ThumbsRowAndAVoteStoredWithoutIds()
    {
        await _handler.HandleAsync(Message(1, "how are torture complaints handled?"));
        var keyboard = _api.CallsOf("sendMessage")[0]!["reply_markup"]!["inline_keyboard"]!.AsArray();
        var thumbs = keyboard[^1]!.AsArray().Select(b => (b!["text"]!.GetValue<string>(), b["callback_data"]!.GetValue<string>())).ToList();
        Assert.Equal([("👍", "f+:kz2016-p42"), ("👎", "f-:kz2016-p42")], thumbs);

        var vote = Parse("""{"update_id": 2, "callback_query": {"id": "cb-1", "from": {"id": 5, "is_bot": false, "first_name": "A", "username": "aigerim"}, "chat_instance": "c", "data": "f+:kz2016-p42", "message": {"message_id": 3, "date": 1, "chat": {"id": 5, "type": "private"}, "text": "answer"}}}""");
        await _handler.HandleAsync(vote);

        var line = Assert.Single(File.ReadAllLines(_feedbackPath));
        Assert.Equal($$"""{"date":"{{_time.GetUtcNow():yyyy-MM-dd}}","vote":"up","passage":"kz2016-p42"}""", line);
        Assert.Equal("Thanks for the feedback!", Assert.Single(_api.CallsOf("answerCallbackQuery"))!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task HandleAsync_MessageFromAnotherBot_Ignored()
    {
        var update = Parse("""{"update_id": 1, "message": {"message_id": 1, "date": 1, "chat": {"id": 5, "type": "private"}, "from": {"id": 8, "is_bot": true, "first_name": "Other"}, "text": "hello"}}""");

        await _handler.HandleAsync(update);

        Assert.Empty(_api.Calls);
    }

    [Theory]
    [InlineData("/compare")]
    [InlineData("/compare   ")]
    public async Task HandleAsync_CompareWithoutQuestion_OneLineUsageCoreNotAsked(string text)
    {
        await _handler.HandleAsync(Message(1, text));

        Assert.Equal([TelegramBotTexts.CompareUsage], SentTexts());
        Assert.DoesNotContain('\n', TelegramBotTexts.CompareUsage);
        Assert.Empty(_core.Questions);
    }

    [Theory]
    [InlineData("/compare torture in Kazakhstan", true)]
    [InlineData("/ask torture in Kazakhstan", false)]
    [InlineData("torture in Kazakhstan", false)]
    public async Task HandleAsync_CompareCommand_TheCoreIsAskedToCompare(string text, bool compare)
    {
        await _handler.HandleAsync(Message(1, text));

        var question = Assert.Single(_core.Questions);
        Assert.Equal(("torture in Kazakhstan", compare), (question.Text, question.Compare));
    }

    [Fact]
    public async Task HandleAsync_New_ConfirmsAndTheCoreIsNotAsked()
    {
        await _handler.HandleAsync(Message(1, "/new"));

        Assert.Equal([TelegramBotTexts.Forgotten], SentTexts());
        Assert.Empty(_core.Questions);
    }

    private List<string> SentTexts() => _api.CallsOf("sendMessage").Select(c => c!["text"]!.GetValue<string>()).ToList();

    private static Update Message(int id, string text, long chatId = 5, string chatType = "private") => Parse($$"""
        {"update_id": {{id}}, "message": {"message_id": {{id}}, "date": 1700000000,
         "chat": {"id": {{chatId}}, "type": "{{chatType}}"}, "from": {"id": 5, "is_bot": false, "first_name": "A"},
         "text": {{JsonSerializer.Serialize(text)}} } }
        """);

    private static Update Parse(string json) => JsonSerializer.Deserialize<Update>(json, JsonBotAPI.Options)!;
}
