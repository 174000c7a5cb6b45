using RightsBot.Core.Answering;

namespace RightsBot.Core.Metrics;

/// <summary>
/// Counts what happens to questions, once per fact: each front end (console, Telegram, Discord) after the core
/// answers, the core's summary step for summaries. Labels are closed sets (channel, status, reason, outcome): never
/// a question, a user, a chat, a channel or a server.
/// </summary>
public interface IAnswerMetrics
{
    /// <summary>Starts timing a question the front end hands to the core; the timer counts the answer it ends with.</summary>
    AnswerTimer Start(ChatChannel channel);

    /// <summary>A question the front end's pre-check refused (empty, too long) before it reached the core.</summary>
    void CountRejected(ChatChannel channel);

    /// <summary>A question refused because its asker is over the per-user limit.</summary>
    void CountRateLimited(ChatChannel channel);

    /// <summary>What became of an answered question's summary.</summary>
    void CountSummary(SummaryOutcome outcome);
}
