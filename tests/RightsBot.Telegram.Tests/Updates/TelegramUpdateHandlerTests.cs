using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RightsBot.Adapters.RateLimiting;
using RightsBot.Core.Answering;
using RightsBot.Core.Conversation;
using RightsBot.Telegram.Asking;
using RightsBot.Telegram.Conversations;
using RightsBot.Telegram.Countries;
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
    private readonly ChatChoices _choices = new();
    private readonly RecordingAnswerMetrics _metrics = new();
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
        var asker = new TelegramQuestionAsker(_core, _conversations.Conversations, _choices, sender, streamer, _limiter, _feedback, _metrics, _time, limits);
        var picker = new CountryPicker(_core, _choices, sender, NullLogger<CountryPicker>.Instance);
        _handler = new TelegramUpdateHandler(
            _core, asker, picker, _conversations.Conversations, _choices, sender, _feedback, identity, limits, NullLogger<TelegramUpdateHandler>.Instance);
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
        Assert.Equal(["Telegram Answered", "Telegram Answered", "Telegram RateLimited", "Telegram RateLimited", "Telegram RateLimited"], _metrics.Counted);

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
        Assert.Equal(["Telegram Rejected", "Telegram Rejected", "Telegram Rejected"], _metrics.Counted);

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
        Assert.Equal(BotTexts.English.PassageGone, answer["text"]!.GetValue<string>());
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

        Assert.Equal([TelegramBotTexts.CompareUsage(BotTexts.English)], SentTexts());
        Assert.DoesNotContain('\n', TelegramBotTexts.CompareUsage(BotTexts.English));
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

        Assert.Equal([TelegramBotTexts.Forgotten(BotTexts.English)], SentTexts());
        Assert.Empty(_core.Questions);
    }

    [Fact]
    public async Task HandleAsync_CountryChosen_QuestionsCarryItAndAnswersShowItUntilNew()
    {
        await ChooseAsync(countryButton: "Kazakhstan", yearButton: "2016");
        await _handler.HandleAsync(Message(10, "how are torture complaints handled?"));
        await _handler.HandleAsync(Message(11, "/new"));
        await _handler.HandleAsync(Message(12, "how are torture complaints handled?"));

        var questions = _core.Questions.ToList();
        Assert.Equal([("Kazakhstan", (int?)2016), (null, null)], questions.Select(q => (q.DefaultCountry, q.DefaultYear)));
        var texts = SentTexts();
        Assert.StartsWith("<i>Country: Kazakhstan · 2016</i>\n\nAbout 700 torture complaints", texts[1], StringComparison.Ordinal);
        Assert.Equal(TelegramBotTexts.Forgotten(BotTexts.English), texts[2]);
        Assert.StartsWith("About 700 torture complaints", texts[3], StringComparison.Ordinal);
        Assert.Equal(0, _choices.Count);
    }

    [Fact]
    public async Task HandleAsync_LatestReportChosen_NoDefaultYear()
    {
        await ChooseAsync(countryButton: "Kazakhstan", yearButton: "Latest report");
        await _handler.HandleAsync(Message(10, "how are torture complaints handled?"));

        var question = Assert.Single(_core.Questions);
        Assert.Equal(("Kazakhstan", (int?)null), (question.DefaultCountry, question.DefaultYear));
        Assert.StartsWith("<i>Country: Kazakhstan · latest report</i>\n\n", SentTexts()[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_CountryButtons_EachPressAnsweredAndTheListEditedInPlace()
    {
        await ChooseAsync(countryButton: "Kazakhstan", yearButton: "2016");

        var edits = _api.CallsOf("editMessageText");
        Assert.Equal(2, edits.Count);
        Assert.All(edits, e => Assert.Equal(1, e!["message_id"]!.GetValue<int>()));
        Assert.StartsWith("<b>Kazakhstan</b>: which report?", edits[0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("<b>Country: Kazakhstan · 2016</b>", edits[1]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var notices = _api.CallsOf("answerCallbackQuery").Select(c => c!["text"]?.GetValue<string>()).ToList();
        Assert.Equal([null, "Country: Kazakhstan · 2016"], notices);
        Assert.Equal(new ChatChoice("Kazakhstan", 2016), _choices.Get(5));
    }

    [Theory]
    [InlineData("cc:000000:1")]
    [InlineData("cc:{version}:99")]
    [InlineData("cy:{version}:1:1999")]
    [InlineData("cp:{version}:5:")]
    [InlineData("cp:{version}:0:zzz")]
    [InlineData("cl:{version}")]
    public async Task HandleAsync_StaleOrForgedCountryButton_AnsweredOutOfDateNothingChanged(string data)
    {
        var version = CountryCatalog.From(_core.Reports).Version;

        await _handler.HandleAsync(Callback(1, data.Replace("{version}", version, StringComparison.Ordinal), messageId: 1));

        var answer = Assert.Single(_api.CallsOf("answerCallbackQuery"))!;
        Assert.Equal(CountryPicker.OutOfDate(BotTexts.English), answer["text"]!.GetValue<string>());
        Assert.Empty(_api.CallsOf("editMessageText"));
        Assert.Equal(0, _choices.Count);
    }

    [Fact]
    public async Task HandleAsync_ClearButton_ForgetsTheChoice()
    {
        await ChooseAsync(countryButton: "Brazil", yearButton: "Latest report");

        await _handler.HandleAsync(Callback(9, "cx", messageId: 1));

        Assert.Null(_choices.Get(5));
        Assert.Equal("Country cleared.", _api.CallsOf("answerCallbackQuery")[^1]!["text"]!.GetValue<string>());
        Assert.StartsWith("<b>No country chosen</b>", _api.CallsOf("editMessageText")[^1]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/country", "Brazil,Kazakhstan|Clear")]
    [InlineData("/country KAZ", "Kazakhstan|Clear")]
    public async Task HandleAsync_CountryCommand_TheMatchingCountriesAsButtons(string text, string rows)
    {
        await _handler.HandleAsync(Message(1, text));

        var keyboard = _api.CallsOf("sendMessage")[0]!["reply_markup"]!["inline_keyboard"]!.AsArray();
        Assert.Equal(rows, string.Join('|', keyboard.Select(r => string.Join(',', r!.AsArray().Select(b => b!["text"]!.GetValue<string>())))));
    }

    [Fact]
    public async Task HandleAsync_CountryCommandMatchingNothing_SaysSoWithoutButtons()
    {
        await _handler.HandleAsync(Message(1, "/country atlantis"));

        var sent = Assert.Single(_api.CallsOf("sendMessage"))!;
        Assert.Equal("No country of the reports matches “atlantis”. /country lists them all.", sent["text"]!.GetValue<string>());
        Assert.Null(sent["reply_markup"]);
    }

    // /country, then the country's button, then the year's (or "Latest report"), as a user taps them.
    private async Task ChooseAsync(string countryButton, string yearButton)
    {
        await _handler.HandleAsync(Message(1, "/country"));
        var list = _api.CallsOf("sendMessage")[^1]!;
        await _handler.HandleAsync(Callback(2, ButtonData(list, countryButton), messageId: 1));
        var years = _api.CallsOf("editMessageText")[^1]!;
        await _handler.HandleAsync(Callback(3, ButtonData(years, yearButton), messageId: 1));
    }

    private static string ButtonData(JsonNode call, string text)
        => call["reply_markup"]!["inline_keyboard"]!.AsArray().SelectMany(r => r!.AsArray())
            .Single(b => b!["text"]!.GetValue<string>() == text)!["callback_data"]!.GetValue<string>();

    private static Update Callback(int id, string data, int messageId) => Parse($$$"""
        {"update_id": {{{id}}}, "callback_query": {"id": "cb-{{{id}}}", "from": {"id": 5, "is_bot": false, "first_name": "A"}, "chat_instance": "c",
         "data": {{{JsonSerializer.Serialize(data)}}},
         "message": {"message_id": {{{messageId}}}, "date": 1, "chat": {"id": 5, "type": "private"}, "text": "list"} } }
        """);

    private List<string> SentTexts() => _api.CallsOf("sendMessage").Select(c => c!["text"]!.GetValue<string>()).ToList();

    private static Update Message(int id, string text, long chatId = 5, string chatType = "private") => Parse($$"""
        {"update_id": {{id}}, "message": {"message_id": {{id}}, "date": 1700000000,
         "chat": {"id": {{chatId}}, "type": "{{chatType}}"}, "from": {"id": 5, "is_bot": false, "first_name": "A"},
         "text": {{JsonSerializer.Serialize(text)}} } }
        """);

    private static Update Parse(string json) => JsonSerializer.Deserialize<Update>(json, JsonBotAPI.Options)!;
}
