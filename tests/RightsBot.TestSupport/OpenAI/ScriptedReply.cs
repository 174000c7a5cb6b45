namespace RightsBot.TestSupport.OpenAI;

/// <summary>What the stand-in server does with the next chat completion request.</summary>
public sealed record ScriptedReply(ScriptedReplyKind Kind, string Content = "", int StatusCode = 200)
{
    /// <summary>How long the server waits before it starts replying (a slow model).</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>The pause between streamed chunks (a model writing at reading speed).</summary>
    public TimeSpan ChunkGap { get; init; }

    /// <summary>A normal reply with this assistant text (JSON, or SSE chunks when the request streams).</summary>
    public static ScriptedReply Text(string content) => new(ScriptedReplyKind.Text, content);

    /// <summary>An OpenAI-style error body with this HTTP status.</summary>
    public static ScriptedReply Error(int statusCode) => new(ScriptedReplyKind.Error, StatusCode: statusCode);

    /// <summary>Holds the request until the client gives up (or the server stops), then would reply with this text.</summary>
    public static ScriptedReply AfterClientGivesUp(string content) => new(ScriptedReplyKind.Late, content);

    /// <summary>Starts the reply with this text, then drops the connection midway.</summary>
    public static ScriptedReply CutOff(string firstPart) => new(ScriptedReplyKind.CutOff, firstPart);
}
