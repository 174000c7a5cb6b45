namespace RightsBot.TestSupport.OpenAI;

/// <summary>One chat message as the stand-in server received it.</summary>
public sealed record RecordedMessage(string Role, string Content);
