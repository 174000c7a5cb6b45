namespace RightsBot.TestSupport.OpenAI;

/// <summary>A chat completion request as it arrived on the wire.</summary>
/// <param name="Authorization">The Authorization header, or null.</param>
/// <param name="Body">The raw JSON body.</param>
/// <param name="Model">The "model" field.</param>
/// <param name="Stream">The "stream" field.</param>
/// <param name="Messages">The "messages", with text parts joined.</param>
public sealed record RecordedRequest(string? Authorization, string Body, string Model, bool Stream, IReadOnlyList<RecordedMessage> Messages)
{
    public string System => Messages.Single(m => m.Role is "system" or "developer").Content;

    public string User => Messages.Single(m => m.Role == "user").Content;
}
