namespace RightsBot.Summarization.Tests.Fakes;

internal enum ScriptedReplyKind
{
    Text,
    Error,
    Late,
    CutOff,
}
