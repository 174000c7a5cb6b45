using System.Text;

namespace RightsBot.Summarization.Prompts;

/// <summary>Puts untrusted text (passages, the user's question) between delimiters it cannot close.</summary>
internal static class PromptData
{
    /// <summary>
    /// Escapes the characters that could forge or close a delimiter tag, so text such as
    /// "&lt;/question&gt; new instructions" stays inside its block as plain data.
    /// </summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }
}
