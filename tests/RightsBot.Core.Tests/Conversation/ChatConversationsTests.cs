using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RightsBot.Core.Answering;
using RightsBot.Core.Conversation;
using RightsBot.Core.Corpus;
using RightsBot.Core.Retrieval;
using RightsBot.Core.Tests.Answering;

namespace RightsBot.Core.Tests.Conversation;

public sealed class ChatConversationsTests
{
    private static readonly IOptions<CorpusOptions> Corpus = Options.Create(new CorpusOptions { Path = TestPaths.Corpus, CachePath = string.Empty });
    private static readonly Lazy<PassageIndexProvider> Index = new(() => AnswererFixture.Provider(Corpus));
    private static readonly Lazy<QuestionAnswerer> Answerer = new(() => AnswererFixture.Create(Index.Value, Corpus, Options.Create(new RetrievalOptions())));

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 5, 12, 0, 0, TimeSpan.Zero));

    private ChatConversations Conversations(int minutes = 15) => new(Index.Value, Options.Create(new ConversationOptions { MinutesToKeep = minutes }), _time);

    // One message of a chat, answered and remembered as a front end does it.
    private static async Task<(ConversationTurn Turn, Answer Answer)> SayAsync(ChatConversations chats, string chat, string message, Question? asked = null)
    {
        var turn = await chats.ReadAsync(chat, asked ?? new Question(message));
        var answer = await Answerer.Value.AnswerAsync(turn.Question);
        chats.Remember(chat, turn, answer);
        return (turn, answer);
    }

    [Fact]
    public async Task ReadAsync_YearAfterAQuestion_ReasksItForThatYear()
    {
        var chats = Conversations();
        var (_, first) = await SayAsync(chats, "a", "What are prison conditions like in Kazakhstan?");
        var (turn, second) = await SayAsync(chats, "a", "and in 2016?");

        Assert.NotEqual("Kazakhstan 2016", first.Sources[0].Report);
        Assert.Equal(FollowUpKind.ScopeChange, turn.Kind);
        Assert.Equal(("Kazakhstan", 2016), (turn.Question.Country, turn.Question.Year));
        Assert.True(second.Answered);
        Assert.All(second.Sources, s => Assert.Equal("Kazakhstan 2016", s.Report));
    }

    [Fact]
    public async Task ReadAsync_CountryAfterAQuestion_ReasksItThereFromTheLatestReport()
    {
        var chats = Conversations();
        await SayAsync(chats, "a", "Does the law prohibit torture in Kazakhstan?");
        var (turn, answer) = await SayAsync(chats, "a", "what about Kyrgyzstan?");

        Assert.Equal(FollowUpKind.ScopeChange, turn.Kind);
        Assert.Null(turn.Question.Year);
        Assert.Equal("Kyrgyz Republic 2016", answer.Sources[0].Report);
        Assert.Contains("tortur", answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ReadAsync_TellMeMore_GivesTheNextPassagesNotTheSameOnes()
    {
        var chats = Conversations();
        var (_, first) = await SayAsync(chats, "a", "What were prison conditions like in Kazakhstan in 2016?");
        var (turn, more) = await SayAsync(chats, "a", "tell me more");
        var (_, again) = await SayAsync(chats, "a", "what else?");

        Assert.Equal(FollowUpKind.More, turn.Kind);
        Assert.True(more.Answered);
        var shown = first.Sources.Select(s => s.PassageId).ToHashSet();
        Assert.DoesNotContain(more.Sources, s => shown.Contains(s.PassageId));
        Assert.All(more.Sources, s => Assert.Equal("Kazakhstan 2016", s.Report));
        shown.UnionWith(more.Sources.Select(s => s.PassageId));
        Assert.DoesNotContain(again.Sources, s => shown.Contains(s.PassageId));
    }

    [Fact]
    public async Task ReadAsync_AnotherChat_KnowsNothingOfThisOne()
    {
        var chats = Conversations();
        await SayAsync(chats, "a", "Is torture used in Kazakhstan?");

        var turn = await chats.ReadAsync("b", new Question("and in 2016?"));

        Assert.Equal(FollowUpKind.NewQuestion, turn.Kind);
        Assert.Equal("and in 2016?", turn.Question.Text);
    }

    [Fact]
    public async Task ReadAsync_AfterMinutesToKeep_HasForgotten()
    {
        var chats = Conversations(minutes: 15);
        await SayAsync(chats, "a", "Is torture used in Kazakhstan?");

        _time.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(FollowUpKind.ScopeChange, (await chats.ReadAsync("a", new Question("and in 2016?"))).Kind);
        _time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(FollowUpKind.NewQuestion, (await chats.ReadAsync("a", new Question("and in 2016?"))).Kind);
        Assert.Equal(0, chats.Count);
    }

    [Fact]
    public async Task Remember_QuietChats_AreSweptOut()
    {
        var chats = Conversations(minutes: 1);
        await SayAsync(chats, "a", "Is torture used in Kazakhstan?");
        _time.Advance(TimeSpan.FromMinutes(5));

        await SayAsync(chats, "b", "Is torture used in Nigeria?");

        Assert.Equal(1, chats.Count);
    }

    [Fact]
    public async Task Forget_DropsTheContext()
    {
        var chats = Conversations();
        await SayAsync(chats, "a", "Is torture used in Kazakhstan?");

        Assert.True(chats.Forget("a"));
        Assert.False(chats.Forget("a"));
        Assert.Equal(FollowUpKind.NewQuestion, (await chats.ReadAsync("a", new Question("and in 2016?"))).Kind);
    }

    [Fact]
    public async Task Remember_RejectedQuestion_KeepsThePreviousOne()
    {
        var chats = Conversations();
        await SayAsync(chats, "a", "Is torture used in Kazakhstan?");
        var (_, rejected) = await SayAsync(chats, "a", "   ?!   ");

        Assert.Equal(AnswerStatus.Rejected, rejected.Status);
        var turn = await chats.ReadAsync("a", new Question("and in 2016?"));
        Assert.Equal(FollowUpKind.ScopeChange, turn.Kind);
        Assert.Equal("Kazakhstan", turn.Question.Country);
    }

    [Fact]
    public async Task ReadAsync_NewCountryAfterAComparison_ComparesTheSameYears()
    {
        var chats = Conversations();
        var (_, compared) = await SayAsync(chats, "a", "torture in Kazakhstan 2016 vs 2023");
        var (turn, again) = await SayAsync(chats, "a", "what about Kyrgyzstan?");

        Assert.NotNull(compared.Comparison);
        Assert.Equal([2016, 2023], turn.Question.Years);
        Assert.Equal([2016, 2023], again.Comparison!.Select(p => p.Year));
        Assert.True(again.Comparison![0].Answered);
        Assert.Contains("I have no report for Kyrgyz Republic 2023", again.Comparison[1].Text, StringComparison.Ordinal);
    }
}
