namespace RightsBot.Telegram.Updates;

/// <summary>Reads who a message is addressed to: bot commands and @mentions of the bot.</summary>
internal static class MessageAddressing
{
    public static ParsedCommand? TryParseCommand(string text, string? botUsername)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.StartsWith('/') || text.Length < 2 || char.IsWhiteSpace(text[1]))
        {
            return null;
        }

        var end = text.AsSpan().IndexOfAny(" \t\r\n");
        var token = end < 0 ? text[1..] : text[1..end];
        var arguments = end < 0 ? string.Empty : text[end..].Trim();
        var at = token.IndexOf('@', StringComparison.Ordinal);
        var forOtherBot = false;
        if (at >= 0)
        {
            var target = token[(at + 1)..];
            forOtherBot = botUsername is null || !target.Equals(botUsername, StringComparison.OrdinalIgnoreCase);
            token = token[..at];
        }

        return new ParsedCommand(token.ToLowerInvariant(), arguments, forOtherBot);
    }

    /// <summary>True when the text mentions @botUsername; the question is the text without the mention.</summary>
    public static bool TryStripMention(string text, string? botUsername, out string question)
    {
        ArgumentNullException.ThrowIfNull(text);
        question = text;
        if (string.IsNullOrEmpty(botUsername))
        {
            return false;
        }

        var mention = "@" + botUsername;
        var start = 0;
        while ((start = text.IndexOf(mention, start, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var after = start + mention.Length;
            var boundaryBefore = start == 0 || !IsUsernameChar(text[start - 1]);
            var boundaryAfter = after == text.Length || !IsUsernameChar(text[after]);
            if (boundaryBefore && boundaryAfter)
            {
                var before = text[..start].TrimEnd();
                var rest = text[after..].TrimStart().TrimStart(',', ':').TrimStart();
                question = $"{before} {rest}".Trim();
                return true;
            }

            start = after;
        }

        return false;
    }

    private static bool IsUsernameChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
