using System.Text.RegularExpressions;

namespace RightsBot.Core.Corpus;

/// <summary>
/// A .txt report's declared address: a line <c>Source: https://…</c> among its first lines, by convention right
/// after the "&lt;year&gt; Country Reports on Human Rights Practices" line. It is the report's metadata, never its text.
/// </summary>
internal static partial class SourceLine
{
    // The lines that may hold it: the country, the title line, the Source line itself and one more.
    private const int HeaderLines = 4;

    [GeneratedRegex(@"^Source:\s*(?<url>\S+)$", RegexOptions.IgnoreCase)]
    private static partial Regex SourceRegex();

    /// <summary>
    /// The blocks without the Source line, and its address (null when there is none); throws
    /// <see cref="CorpusFormatException"/> when the line's address is not an absolute http(s) URL.
    /// </summary>
    public static (IReadOnlyList<string> Blocks, string? Url) Take(IReadOnlyList<string> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        for (var i = 0; i < Math.Min(blocks.Count, HeaderLines); i++)
        {
            if (SourceRegex().Match(blocks[i]) is not { Success: true } m)
            {
                continue;
            }

            var url = m.Groups["url"].Value;
            if (!ReportUrl.IsWebAddress(url))
            {
                throw new CorpusFormatException($"its 'Source:' line gives '{url}', which is not an absolute http or https address");
            }

            return ([.. blocks.Take(i), .. blocks.Skip(i + 1)], url);
        }

        return (blocks, null);
    }
}
