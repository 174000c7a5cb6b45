namespace RightsBot.Discord.Tests.TestSupport;

/// <summary>A request the Discord REST stand-in received.</summary>
internal sealed record RecordedRequest(string Method, string Path, string? Authorization, string? UserAgent, string Body, DateTimeOffset ReceivedAt);
