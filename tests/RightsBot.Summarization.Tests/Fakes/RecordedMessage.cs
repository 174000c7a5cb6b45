namespace RightsBot.Summarization.Tests.Fakes;

/// <summary>One chat message as the stand-in server received it.</summary>
internal sealed record RecordedMessage(string Role, string Content);
