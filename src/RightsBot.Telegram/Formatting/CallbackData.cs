using System.Text;

namespace RightsBot.Telegram.Formatting;

/// <summary>The callback_data strings behind the inline buttons; Telegram allows at most 64 bytes.</summary>
internal static class CallbackData
{
    public const int MaxBytes = 64;
    private const string FullParagraphPrefix = "p:";
    private const string HelpfulPrefix = "f+:";
    private const string UnhelpfulPrefix = "f-:";

    /// <summary>The data for a "Full paragraph" button, or null when the passage id would not fit.</summary>
    public static string? ForFullParagraph(string passageId)
    {
        var data = FullParagraphPrefix + passageId;
        return passageId.Length > 0 && Encoding.UTF8.GetByteCount(data) <= MaxBytes ? data : null;
    }

    public static bool TryParseFullParagraph(string? data, out string passageId)
    {
        passageId = string.Empty;
        if (data is null || !data.StartsWith(FullParagraphPrefix, StringComparison.Ordinal) || data.Length == FullParagraphPrefix.Length)
        {
            return false;
        }

        passageId = data[FullParagraphPrefix.Length..];
        return true;
    }

    /// <summary>The data for a 👍 or 👎 button about an answer's first source, or null when it would not fit.</summary>
    public static string? ForFeedback(bool helpful, string passageId)
    {
        var data = (helpful ? HelpfulPrefix : UnhelpfulPrefix) + passageId;
        return passageId.Length > 0 && Encoding.UTF8.GetByteCount(data) <= MaxBytes ? data : null;
    }

    public static bool TryParseFeedback(string? data, out bool helpful, out string passageId)
    {
        helpful = data?.StartsWith(HelpfulPrefix, StringComparison.Ordinal) == true;
        var unhelpful = data?.StartsWith(UnhelpfulPrefix, StringComparison.Ordinal) == true;
        passageId = helpful || unhelpful ? data![HelpfulPrefix.Length..] : string.Empty;
        return passageId.Length > 0;
    }
}
