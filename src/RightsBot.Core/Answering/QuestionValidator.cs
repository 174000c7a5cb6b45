using System.Globalization;
using System.Text;
using RightsBot.Core.Text;

namespace RightsBot.Core.Answering;

/// <summary>Checks a question before any work is done, and cleans it (control characters, whitespace).</summary>
public static class QuestionValidator
{
    /// <summary>A message saying what is wrong with the question, or null when it is fine.</summary>
    public static string? Validate(string? text, int maxLength)
    {
        var cleaned = Clean(text);
        if (cleaned.Length == 0)
        {
            return "Please type a question, for example: \"How are prison conditions in Kazakhstan?\"";
        }

        if (cleaned.Length > maxLength)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"That question is {cleaned.Length} characters long; please shorten it to at most {maxLength}.");
        }

        if (!cleaned.Any(char.IsLetterOrDigit))
        {
            return "Please ask in words, for example: \"Are journalists detained in Nigeria?\"";
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
