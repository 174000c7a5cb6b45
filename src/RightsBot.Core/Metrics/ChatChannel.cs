namespace RightsBot.Core.Metrics;

/// <summary>Where a question came from: the <c>channel</c> label of the answer and chat API series.</summary>
public enum ChatChannel
{
    /// <summary>The console chat and <c>ask</c>.</summary>
    Console,

    /// <summary>The Telegram adapter.</summary>
    Telegram,

    /// <summary>The Discord adapter.</summary>
    Discord,
}
