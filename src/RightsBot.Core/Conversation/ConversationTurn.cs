using RightsBot.Core.Answering;

namespace RightsBot.Core.Conversation;

/// <summary>A chat message as the conversation reads it: how it relates to the last question, and the question to answer.</summary>
/// <param name="Kind">New question, scope change or "more".</param>
/// <param name="Question">What to answer: the message itself, or the previous question with the new scope or the passages to skip.</param>
public sealed record ConversationTurn(FollowUpKind Kind, Question Question);
