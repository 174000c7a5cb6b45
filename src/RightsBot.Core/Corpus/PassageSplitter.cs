using RightsBot.Core.Text;

namespace RightsBot.Core.Corpus;

/// <summary>
/// Cuts a paragraph into passages: one passage when it is short enough, otherwise balanced runs of whole
/// sentences of at most <see cref="TargetMaxWords"/> words; never a passage over <see cref="HardMaxWords"/>.
/// </summary>
public static class PassageSplitter
{
    /// <summary>A paragraph longer than this is split at sentence boundaries.</summary>
    public const int TargetMaxWords = 200;

    /// <summary>No passage is ever longer than this.</summary>
    public const int HardMaxWords = 250;

    /// <summary>The passages of one paragraph.</summary>
    public static IReadOnlyList<string> Split(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var total = TextUtil.CountWords(paragraph);
        if (total <= TargetMaxWords)
        {
            return total == 0 ? [] : [paragraph];
        }

        var pieces = new List<(string Text, int Words)>();
        foreach (var sentence in SentenceSplitter.Split(paragraph))
        {
            foreach (var piece in CutOverlongSentence(sentence))
            {
                pieces.Add((piece, TextUtil.CountWords(piece)));
            }
        }

        var chunks = (int)Math.Ceiling(total / (double)TargetMaxWords);
        var target = total / (double)chunks;
        var result = new List<string>();
        var current = new List<string>();
        var currentWords = 0;
        foreach (var (text, words) in pieces)
        {
            if (current.Count > 0 && (currentWords + words > TargetMaxWords || currentWords + (words / 2.0) > target))
            {
                result.Add(string.Join(' ', current));
                current.Clear();
                currentWords = 0;
            }

            current.Add(text);
            currentWords += words;
        }

        if (current.Count > 0)
        {
            result.Add(string.Join(' ', current));
        }

        return result;
    }

    // A single sentence over the target (long lists separated by semicolons do occur) is cut at semicolons,
    // then commas, then plainly by words.
    private static List<string> CutOverlongSentence(string sentence)
    {
        if (TextUtil.CountWords(sentence) <= TargetMaxWords)
        {
            return [sentence];
        }

        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var result = new List<string>();
        var start = 0;
        while (start < words.Length)
        {
            if (words.Length - start <= TargetMaxWords)
            {
                result.Add(string.Join(' ', words[start..]));
                break;
            }

            var end = FindCut(words, start, ';') ?? FindCut(words, start, ',') ?? (start + TargetMaxWords);
            result.Add(string.Join(' ', words[start..end]));
            start = end;
        }

        return result;
    }

    private static int? FindCut(string[] words, int start, char mark)
    {
        // Prefer a cut between 60% and 100% of the target length so pieces stay substantial.
        for (var i = start + TargetMaxWords - 1; i >= start + (TargetMaxWords * 3 / 5); i--)
        {
            if (words[i].EndsWith(mark))
            {
                return i + 1;
            }
        }

        return null;
    }
}
