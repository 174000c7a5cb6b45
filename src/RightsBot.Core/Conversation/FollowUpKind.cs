namespace RightsBot.Core.Conversation;

/// <summary>How a chat message relates to the question before it.</summary>
public enum FollowUpKind
{
    /// <summary>A question of its own.</summary>
    NewQuestion,

    /// <summary>Only a new scope ("and in 2019?", "what about Kyrgyzstan?"): the previous question, re-asked there.</summary>
    ScopeChange,

    /// <summary>Refers back ("tell me more", "what else?"): the previous question's next-best passages.</summary>
    More,
}
