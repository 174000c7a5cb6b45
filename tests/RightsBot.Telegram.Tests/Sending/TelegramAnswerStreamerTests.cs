using RightsBot.Core.Conversation;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using RightsBot.Core.Answering;
using RightsBot.Telegram.Formatting;
using RightsBot.Telegram.Sending;
using RightsBot.Telegram.Tests.EndToEnd;
using RightsBot.Telegram.Tests.Fakes;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace RightsBot.Telegram.Tests.Sending;

public sealed class TelegramAnswerStreamerTests : IAsyncLifetime, IDisposable
{
    private const long ChatId = 5;
    private const int QuestionId = 10;
    private static readonly Answer Extractive = new(
        AnswerStatus.Answered, "The Prosecutor General's Office registered 700 complaints [1].", [FakeQuestionAnswerer.KazakhstanSource]);

    private readonly FakeTimeProvider _time = new();
    private BotApiStandIn _api = null!;
    private HttpClient _http = null!;
    private TelegramSender _sender = null!;
    private TelegramAnswerStreamer _streamer = null!;

    public async Task InitializeAsync()
    {
        _api = await BotApiStandIn.StartAsync();
        _http = new HttpClient();
        var client = new TelegramBotClient(new TelegramBotClientOptions("7002:streamer", _api.BaseUrl.ToString()) { RetryCount = 0 }, _http);
        _sender = new TelegramSender(client, NullLogger<TelegramSender>.Instance);
        _streamer = new TelegramAnswerStreamer(_sender, _time, NullLogger<TelegramAnswerStreamer>.Instance);
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task DeliverAsync_PartialsFasterThanOnceASecond_OneMessageEditedAtMostOncePerSecondThenFinal()
    {
        var finalReady = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        async IAsyncEnumerable<Answer> Growing()
        {
            yield return Partial("About 700");
            _time.Advance(TimeSpan.FromMilliseconds(300));
            yield return Partial("About 700 torture");
            _time.Advance(TimeSpan.FromMilliseconds(600));
            yield return Partial("About 700 torture complaints");
            _time.Advance(TimeSpan.FromMilliseconds(200));
            yield return Partial("About 700 torture complaints a year");
            _time.Advance(TimeSpan.FromMilliseconds(500));
            yield return Partial("About 700 torture complaints a year were");
            _time.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Yield();
            finalReady.SetResult();
            yield return Summary("About 700 torture complaints a year were registered [1].");
        }

        var delivery = _streamer.DeliverAsync(Question(), Growing(), TypingIndicator.Never(), withFeedback: false);

        // The final answer is ready at 1,700 ms, 600 ms after the last edit: it waits for the clock to reach 2,100.
        await finalReady.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await Task.Delay(200);
        Assert.Single(_api.CallsOf("editMessageText"));
        Assert.False(delivery.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(399));
        await Task.Delay(100);
        Assert.Single(_api.CallsOf("editMessageText"));
        _time.Advance(TimeSpan.FromMilliseconds(1));
        await delivery.WaitAsync(TimeSpan.FromSeconds(10));

        var sent = Assert.Single(_api.CallsOf("sendMessage"))!;
        Assert.Equal("About 700 …", Text(sent));
        Assert.Equal(QuestionId, sent["reply_parameters"]!["message_id"]!.GetValue<int>());
        Assert.Null(sent["reply_markup"]);
        var edits = _api.CallsOf("editMessageText");
        // Sent at 0 ms; 300 and 900 ms are too soon; 1,100 ms edits; 1,600 ms is too soon again; then the final at 2,100.
        Assert.Equal(["About 700 torture complaints a year …", "About 700 torture complaints a year were registered [1].\n\n<b>Sources</b>\n" + Citation()], edits.Select(Text));
        Assert.All(edits, e => Assert.Equal(1, e!["message_id"]!.GetValue<int>()));
        Assert.Equal("Full paragraph [1]", edits[^1]!["reply_markup"]!["inline_keyboard"]![0]![0]!["text"]!.GetValue<string>());
        Assert.Null(edits[0]!["reply_markup"]);
    }

    [Fact]
    public async Task DeliverAsync_WholeAnswerWithoutPartials_OneSendMessageAndNoEdit()
    {
        var delivered = await _streamer.DeliverAsync(Question(), Play(Extractive), TypingIndicator.Never(), withFeedback: false);

        var sent = Assert.Single(_api.CallsOf("sendMessage"))!;
        Assert.Equal(Extractive, delivered!.Answer);
        Assert.Equal([1], delivered.MessageIds);
        Assert.StartsWith("The Prosecutor General's Office registered 700 complaints [1].", Text(sent), StringComparison.Ordinal);
        Assert.Contains("<b>Sources</b>", Text(sent), StringComparison.Ordinal);
        Assert.NotNull(sent["reply_markup"]);
        Assert.Empty(_api.CallsOf("editMessageText"));
    }

    [Fact]
    public async Task DeliverAsync_AnswerSlowerThanTheTypingDelay_TypingShownOnceBeforeTheAnswer()
    {
        // Play sends the answer a second after the start: the chat is shown "typing…" first.
        using var typing = TypingIndicator.Start(_sender, ChatId, _time);
        await _streamer.DeliverAsync(Question(), Play(Extractive), typing, withFeedback: false);

        Assert.Equal(["sendChatAction", "sendMessage"], _api.Calls.Select(c => c.Method));
    }

    [Fact]
    public async Task DeliverAsync_AnswerWithinTheTypingDelay_NoChatAction()
    {
        async IAsyncEnumerable<Answer> AtOnce()
        {
            await Task.Yield();
            yield return Extractive;
        }

        using var typing = TypingIndicator.Start(_sender, ChatId, _time);
        await _streamer.DeliverAsync(Question(), AtOnce(), typing, withFeedback: false);
        _time.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(["sendMessage"], _api.Calls.Select(c => c.Method));
    }

    [Fact]
    public async Task DeliverAsync_SummaryDiscardedAfterPartials_FinalEditShowsTheExtractiveAnswer()
    {
        var delivered = await _streamer.DeliverAsync(Question(), Play(Partial("The reports say [7]"), Extractive), TypingIndicator.Never(), withFeedback: false);

        Assert.Equal((Extractive, 1), (delivered!.Answer, Assert.Single(delivered.MessageIds)));

        Assert.Equal("The reports say [7] …", Text(Assert.Single(_api.CallsOf("sendMessage"))));
        var final = Text(Assert.Single(_api.CallsOf("editMessageText")));
        Assert.StartsWith("The Prosecutor General's Office registered 700 complaints [1].", final, StringComparison.Ordinal);
        Assert.DoesNotContain("[7]", final, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeliverAsync_PartialWithMarkupBeyondTheLimit_EscapedAndTrimmedToOneMessage()
    {
        var huge = string.Concat(Enumerable.Repeat("<b>x</b> & ", 800));

        await _streamer.DeliverAsync(Question(), Play(Partial(huge), Summary(huge + "[1]")), TypingIndicator.Never(), withFeedback: false);

        var partial = Text(Assert.Single(_api.CallsOf("sendMessage"), c => Text(c).EndsWith(" …", StringComparison.Ordinal)));
        Assert.InRange(partial.Length, 4000, TelegramAnswerFormatter.MaxMessageLength);
        Assert.StartsWith("&lt;b&gt;x&lt;/b&gt; &amp; ", partial, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", partial, StringComparison.Ordinal);

        // The final answer is longer than one message: the first part replaces the partial, the rest follows.
        var edit = Text(Assert.Single(_api.CallsOf("editMessageText")));
        Assert.InRange(edit.Length, 1, TelegramAnswerFormatter.MaxMessageLength);
        var rest = _api.CallsOf("sendMessage").Skip(1).ToList();
        Assert.NotEmpty(rest);
        Assert.All(rest, r => Assert.Null(r!["reply_parameters"]));
        Assert.Contains("<b>Sources</b>", Text(rest[^1]), StringComparison.Ordinal);
        Assert.NotNull(rest[^1]!["reply_markup"]);
    }

    [Fact]
    public async Task DeliverAsync_Heading_LeadsThePartialAndTheFinalAnswer()
    {
        await _streamer.DeliverAsync(Question(), Play(Partial("About 700"), Extractive), TypingIndicator.Never(), withFeedback: false, heading: "Country: Kazakhstan · 2016");

        Assert.Equal("<i>Country: Kazakhstan · 2016</i>\n\nAbout 700 …", Text(Assert.Single(_api.CallsOf("sendMessage"))));
        Assert.StartsWith("<i>Country: Kazakhstan · 2016</i>\n\nThe Prosecutor General's Office", Text(Assert.Single(_api.CallsOf("editMessageText"))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeliverAsync_CoreFailsMidStream_StreamedMessageBecomesTheApology()
    {
        async IAsyncEnumerable<Answer> Failing()
        {
            yield return Partial("About 700");
            await Task.Yield();
            _time.Advance(TelegramAnswerStreamer.EditInterval);
            throw new InvalidOperationException("index gone");
        }

        var delivered = await _streamer.DeliverAsync(Question(), Failing(), TypingIndicator.Never(), withFeedback: false);

        Assert.Null(delivered);
        Assert.Single(_api.CallsOf("sendMessage"));
        Assert.Equal(TelegramBotTexts.Failure(BotTexts.English), Text(Assert.Single(_api.CallsOf("editMessageText"))));
    }

    [Fact]
    public async Task DeliverAsync_StreamedMessageDeletedBeforeTheFinalEdit_FinalSentAsNewReply()
    {
        _api.Script("editMessageText", 400, """{"ok":false,"error_code":400,"description":"Bad Request: message to edit not found"}""");

        var delivered = await _streamer.DeliverAsync(Question(), Play(Partial("About 700"), Summary("About 700 a year [1].")), TypingIndicator.Never(), withFeedback: false);

        var sent = _api.CallsOf("sendMessage");
        Assert.Equal(2, sent.Count);
        Assert.Equal([2], delivered!.MessageIds);
        Assert.StartsWith("About 700 a year [1].", Text(sent[1]), StringComparison.Ordinal);
        Assert.Equal(QuestionId, sent[1]!["reply_parameters"]!["message_id"]!.GetValue<int>());
    }

    private static Answer Partial(string text) => Extractive with { Text = text, Summarized = true, Partial = true };

    private static Answer Summary(string text) => Extractive with { Text = text, Summarized = true };

    private static string Citation() => TelegramHtml.Escape(FakeQuestionAnswerer.KazakhstanSource.Citation);

    private static string Text(JsonNode? call) => call!["text"]!.GetValue<string>();

    private static Message Question() => new() { Id = QuestionId, Chat = new Chat { Id = ChatId, Type = ChatType.Private } };

    // Each answer a second after the one before, as a model writing slowly would send them.
    private async IAsyncEnumerable<Answer> Play(params Answer[] answers)
    {
        foreach (var answer in answers)
        {
            await Task.Yield();
            _time.Advance(TelegramAnswerStreamer.EditInterval);
            yield return answer;
        }
    }
}
