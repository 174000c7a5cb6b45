namespace RightsBot.Core.Corpus;

/// <summary>
/// Drops the state.gov site chrome that a text copy of a report page carries: the government-site banner
/// before the report and the "Human Rights Reports / Edit Your Custom Report" footer after it.
/// </summary>
public static class StateGovChrome
{
    private static readonly string[] HeaderPrefixes =
    [
        "An official website of the United States Government",
        "Here's how you know",
        "Here’s how you know",
        "Official websites use .gov",
        "A .gov website belongs to an official government organization",
        "Secure .gov websites use HTTPS",
        "A lock (",
        "Skip to content",
        "Skip to main content",
    ];

    private static readonly string[] FooterMarkers =
    [
        "Edit Your Custom Report",
    ];

    /// <summary>Returns the blocks with the banner and the footer removed.</summary>
    public static IReadOnlyList<string> Strip(IReadOnlyList<string> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var start = 0;
        while (start < blocks.Count && IsHeaderChrome(blocks[start]))
        {
            start++;
        }

        var end = blocks.Count;
        for (var i = start; i < blocks.Count; i++)
        {
            if (FooterMarkers.Any(m => blocks[i].StartsWith(m, StringComparison.OrdinalIgnoreCase)))
            {
                // The footer opens with its own title block ("Human Rights Reports") just above the marker.
                end = i > start && blocks[i - 1].Equals("Human Rights Reports", StringComparison.OrdinalIgnoreCase) ? i - 1 : i;
                break;
            }
        }

        return start == 0 && end == blocks.Count ? blocks : blocks.Skip(start).Take(end - start).ToList();
    }

    private static bool IsHeaderChrome(string block)
        => HeaderPrefixes.Any(p => block.StartsWith(p, StringComparison.OrdinalIgnoreCase));
}
