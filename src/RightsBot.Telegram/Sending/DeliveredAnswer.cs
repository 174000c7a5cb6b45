using RightsBot.Core.Answering;

namespace RightsBot.Telegram.Sending;

/// <summary>A final answer as it reached the chat: what the core answered and the ids of the messages that show it.</summary>
/// <param name="Answer">The core's final (never partial) answer.</param>
/// <param name="MessageIds">The bot's messages carrying it, first part first; a reply to any of them refers to this answer.</param>
internal sealed record DeliveredAnswer(Answer Answer, IReadOnlyList<int> MessageIds);
