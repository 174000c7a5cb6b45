namespace RightsBot.Telegram.Feedback;

/// <summary>Configuration section "Feedback": opt-in 👍/👎 under answers, stored without any user or chat id.</summary>
public sealed class FeedbackOptions
{
    public const string SectionName = "Feedback";

    /// <summary>Off by default: no buttons, nothing stored.</summary>
    public bool Enabled { get; set; }

    /// <summary>JSON Lines file the votes are appended to (date, vote and passage id only).</summary>
    public string Path { get; set; } = ".state/feedback.jsonl";
}
