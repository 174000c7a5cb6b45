namespace RightsBot.TestSupport.OpenAI;

public enum ScriptedReplyKind
{
    Text,
    Error,
    Late,
    CutOff,
}
