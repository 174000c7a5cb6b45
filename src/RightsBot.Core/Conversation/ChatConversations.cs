using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using RightsBot.Core.Answering;
using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Conversation;

/// <summary>
/// Follow-ups in a chat: keeps each chat's last question and scope, in memory only, for
/// <c>Conversation:MinutesToKeep</c> minutes, and turns "and in 2019?", "what about Kyrgyzstan?" or "tell me more"
/// into the question to answer. Nothing here is logged or written to disk; a restart forgets it all.
/// </summary>
/// <remarks>
/// A front end calls <see cref="ReadAsync"/> with the message, answers the turn's question, then calls
/// <see cref="Remember"/> with the answer. The chat key is whatever the front end uses to tell chats apart
/// (a Telegram chat id, the console); it is only a key of this in-memory table.
/// </remarks>
public sealed class ChatConversations
{
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Remembered> _chats = new(StringComparer.Ordinal);
    private readonly PassageIndexProvider _index;
    private readonly TimeProvider _time;
    private readonly TimeSpan _keep;
    private DateTimeOffset _lastSweep;

    internal ChatConversations(PassageIndexProvider index, IOptions<ConversationOptions> options, TimeProvider time)
    {
        _index = index;
        _time = time;
        _keep = TimeSpan.FromMinutes(options.Value.MinutesToKeep);
        _lastSweep = time.GetUtcNow();
    }

    /// <summary>How many chats have a question kept (for tests and health, never their keys).</summary>
    public int Count => _chats.Count;

    /// <summary>Reads <paramref name="message"/> against the chat's last question, if one is still kept.</summary>
    public async Task<ConversationTurn> ReadAsync(string chatKey, Question message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!TryGet(chatKey, out var last))
        {
            return new ConversationTurn(FollowUpKind.NewQuestion, message);
        }

        var index = await _index.GetAsync(cancellationToken).ConfigureAwait(false);
        var follow = FollowUpReader.Read(message.Text, index.Scope);
        var scope = last.Scope;

        // A follow-up asks the last question again, in the reports' words: its reply speaks as the last one did,
        // unless the follow-up itself is written in Russian or Kazakh.
        var language = last.Language == Languages.Language.English ? message.UserLanguage : last.Language;
        switch (follow.Kind)
        {
            case FollowUpKind.More:
                return new ConversationTurn(FollowUpKind.More, new Question(scope.Topic, scope.Country, scope.Year)
                {
                    UserLanguage = language,
                    Years = last.Years,
                    Compare = last.Compare,
                    Exclude = last.Shown,
                });
            case FollowUpKind.ScopeChange:
                var country = follow.Country ?? scope.Country;
                Question Asked(Question q) => q with { UserLanguage = language };
                var years = follow.Years ?? [];
                return new ConversationTurn(FollowUpKind.ScopeChange, years.Count switch
                {
                    // A new country alone keeps a comparison's years; "latest" or a year asks one report.
                    0 when follow.Latest => Asked(new Question(scope.Topic, country)),
                    0 => Asked(new Question(scope.Topic, country) { Years = last.Years, Compare = last.Compare }),
                    1 => Asked(new Question(scope.Topic, country, years[0])),
                    _ => Asked(new Question(scope.Topic, country) { Years = years }),
                });
            default:
                return new ConversationTurn(FollowUpKind.NewQuestion, message);
        }
    }

    /// <summary>Keeps the answered turn as the chat's last question (a rejected question changes nothing).</summary>
    public void Remember(string chatKey, ConversationTurn turn, Answer answer)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Status == AnswerStatus.Rejected || answer.Scope is not { } scope)
        {
            return;
        }

        var now = _time.GetUtcNow();
        var shown = answer.Sources.Select(s => s.PassageId);
        if (turn.Kind == FollowUpKind.More && turn.Question.Exclude is { } before)
        {
            shown = before.Concat(shown);
        }

        _chats[chatKey] = new Remembered(scope, scope.Years, scope.Compare, [.. shown.Distinct()], now + _keep, answer.ReplyLanguage);
        Sweep(now);
    }

    /// <summary>Forgets the chat's last question (<c>/new</c>, <c>:new</c>); true when there was one.</summary>
    public bool Forget(string chatKey) => _chats.TryRemove(chatKey, out _);

    private bool TryGet(string chatKey, out Remembered last)
    {
        if (_chats.TryGetValue(chatKey, out last!) && last.Until > _time.GetUtcNow())
        {
            return true;
        }

        _chats.TryRemove(KeyValuePair.Create(chatKey, last!));
        return false;
    }

    // Chats that went quiet are dropped once a minute at most, so the table holds only the last minutes' chats.
    private void Sweep(DateTimeOffset now)
    {
        if (now - _lastSweep < SweepEvery)
        {
            return;
        }

        _lastSweep = now;
        foreach (var (key, value) in _chats)
        {
            if (value.Until <= now)
            {
                _chats.TryRemove(KeyValuePair.Create(key, value));
            }
        }
    }

    private sealed record Remembered(AnswerScope Scope, IReadOnlyList<int>? Years, bool Compare, IReadOnlyList<string> Shown, DateTimeOffset Until, Languages.Language Language);
}
