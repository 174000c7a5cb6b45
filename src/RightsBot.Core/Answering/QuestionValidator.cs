using System.Globalization;
using System.Text;
using RightsBot.Core.Conversation;
using RightsBot.Core.Languages;
using RightsBot.Core.Text;

namespace RightsBot.Core.Answering;

/// <summary>Checks a question before any work is done, and cleans it (control characters, whitespace).</summary>
public static class QuestionValidator
{
    /// <summary>
    /// A message saying what is wrong with the question, or null when it is fine; in the reply's language (the
    /// question's when it is Russian or Kazakh, else <paramref name="userLanguage"/>, else English).
    /// </summary>
    public static string? Validate(string? text, int maxLength, Language? userLanguage = null)
    {
        var cleaned = Clean(text);

        // The language is told only for a message to give: every question passes here, and most pass.
        BotTexts Texts() => BotTexts.For(ReplyLanguage.ForQuestion(cleaned, userLanguage));
        if (cleaned.Length == 0)
        {
            return Texts()["question-empty"];
        }

        if (cleaned.Length > maxLength)
        {
            return Texts().Format("question-too-long", cleaned.Length, maxLength);
        }

        if (!cleaned.Any(char.IsLetterOrDigit))
        {
            return Texts()["question-no-words"];
        }

        return null;
    }

    /// <summary>Drops control and format characters and collapses whitespace.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse)
            {
                sb.Append(char.IsWhiteSpace(c) ? ' ' : '\0');
                continue;
            }

            sb.Append(c);
        }

        return TextUtil.CollapseWhitespace(sb.Replace("\0", string.Empty).ToString());
    }
}
