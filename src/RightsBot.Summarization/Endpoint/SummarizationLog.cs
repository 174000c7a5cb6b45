using Microsoft.Extensions.Logging;

namespace RightsBot.Summarization.Endpoint;

/// <summary>The log lines of this project: one per fallback, without question text, passages or secrets.</summary>
internal static partial class SummarizationLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "Summary unavailable ({Reason}); sending the extractive answer.")]
    public static partial void SummaryFellBack(ILogger logger, string reason);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "Question translation unavailable ({Reason}); retrieving with the original text.")]
    public static partial void TranslationFellBack(ILogger logger, string reason);
}
