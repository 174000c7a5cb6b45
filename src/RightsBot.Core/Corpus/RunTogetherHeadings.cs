using RightsBot.Core.Text;

namespace RightsBot.Core.Corpus;

/// <summary>
/// Gives back the headings of a report whose text ran them into its paragraphs: "… at all levels of government.
/// Section 1. Life a. Extrajudicial Killings There were numerous reports …" becomes the paragraph, the two
/// headings and the next paragraph. Only the report format's own headings are looked for (embedded list
/// <see cref="FileName"/>), only in a paragraph longer than any the reports write, and only where a sentence has
/// ended and a capital letter follows, so an ordinary paragraph that names a section is left alone.
/// </summary>
internal static class RunTogetherHeadings
{
    internal const string FileName = "run-together-headings.tsv";

    // Longer than any paragraph a report writes on its own line (the longest line of the archive's other 1,747 files
    // has about 3,150 characters, some 500 words); 2024's Kenya runs about 3,800 words into one.
    private const int MinWords = 1_500;

    // Longest first, so that a heading is not cut short by one that begins it.
    private static readonly Lazy<string[]> Headings = new(
        () => [.. WordList.Words(FileName).OrderByDescending(h => h.Length)], LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The blocks, each run-together paragraph split at the headings it holds (the same list when none is).</summary>
    public static IReadOnlyList<string> Split(IReadOnlyList<string> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);

        // Every report passes here as it loads: a list is made only for the rare one that needs it.
        List<string>? result = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (TextUtil.CountWords(block) <= MinWords)
            {
                result?.Add(block);
                continue;
            }

            result ??= [.. blocks.Take(i)];
            var start = 0;
            for (var at = 0; at < block.Length;)
            {
                var heading = HeadingAt(block, at, afterHeading: at == start && start > 0);
                if (heading is null)
                {
                    at++;
                    continue;
                }

                Add(result, block[start..at]);
                result.Add(heading);
                at += heading.Length;
                while (at < block.Length && block[at] == ' ')
                {
                    at++;
                }

                start = at;
            }

            Add(result, block[start..]);
        }

        return result ?? blocks;

        static void Add(List<string> into, string text)
        {
            var trimmed = text.Trim();
            if (trimmed.Length > 0)
            {
                into.Add(trimmed);
            }
        }
    }

    // A heading starting at this position: at the block's start, right after another heading, or after a
    // sentence's end and a space; and followed by a space and a capital letter or another heading ("Section 1.
    // Life a. Extrajudicial Killings There …"), or by the block's end.
    private static string? HeadingAt(string block, int at, bool afterHeading)
    {
        if (at > 0 && !afterHeading && !(block[at - 1] == ' ' && at > 1 && block[at - 2] is '.' or '”' or '"' or ')' or '?' or '!' or ':'))
        {
            return null;
        }

        foreach (var heading in Headings.Value)
        {
            if (string.CompareOrdinal(block, at, heading, 0, heading.Length) != 0)
            {
                continue;
            }

            var end = at + heading.Length;
            if (end == block.Length || (end + 1 < block.Length && block[end] == ' ' && (char.IsUpper(block[end + 1]) || HeadingAt(block, end + 1, afterHeading: true) is not null)))
            {
                return heading;
            }
        }

        return null;
    }
}
