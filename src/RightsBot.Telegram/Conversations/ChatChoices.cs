using System.Collections.Concurrent;

namespace RightsBot.Telegram.Conversations;

/// <summary>
/// Each chat's chosen country and year (<c>/country</c>), in memory only and never logged: kept until changed, or
/// cleared by the Clear button or <c>/new</c>; a restart forgets them.
/// </summary>
internal sealed class ChatChoices
{
    private readonly ConcurrentDictionary<long, ChatChoice> _choices = new();

    /// <summary>How many chats have a choice (for tests, never their ids).</summary>
    public int Count => _choices.Count;

    public ChatChoice? Get(long chatId) => _choices.TryGetValue(chatId, out var choice) ? choice : null;

    public void Set(long chatId, ChatChoice choice)
    {
        ArgumentNullException.ThrowIfNull(choice);
        _choices[chatId] = choice;
    }

    /// <summary>Forgets the chat's choice; true when there was one.</summary>
    public bool Clear(long chatId) => _choices.TryRemove(chatId, out _);
}
