namespace RightsBot.Core.Retrieval;

/// <summary>
/// Corrects a question word the corpus never uses to the most common corpus term one edit away (a letter
/// dropped, added, changed or two swapped): "legaly" → "legal", "maried" → "marri".
/// </summary>
internal static class SpellingCorrector
{
    private const int MinLength = 4;

    /// <summary>Told each candidate in turn; returning true stops the walk.</summary>
    internal delegate bool EditVisitor(ReadOnlySpan<char> candidate);

    public static string? Correct(string token, TermVocabulary vocabulary)
    {
        if (token.Length < MinLength || token.Any(char.IsDigit))
        {
            return null;
        }

        // Ids, not strings: a word of eight letters has about 450 candidates, and only the winner needs a string.
        var best = -1;
        var bestDf = 0;
        AnyEdit(token, candidate =>
        {
            var id = vocabulary.Id(candidate);
            if (id >= 0 && vocabulary.DocumentFrequencies[id] > bestDf)
            {
                (best, bestDf) = (id, vocabulary.DocumentFrequencies[id]);
            }

            return false;
        });

        return best < 0 ? null : vocabulary.Term(best).ToString();
    }

    /// <summary>Every string one deletion, transposition, insertion or substitution (a–z) away from the word.</summary>
    internal static IEnumerable<string> Edits(string word)
    {
        var all = new List<string>();
        AnyEdit(word, candidate =>
        {
            all.Add(candidate.ToString());
            return false;
        });

        return all;
    }

    /// <summary>
    /// Shows <paramref name="visit"/> the edits of <see cref="Edits"/>, in the same order, in one reused buffer,
    /// until it returns true; returns whether it did.
    /// </summary>
    internal static bool AnyEdit(ReadOnlySpan<char> word, EditVisitor visit)
    {
        var n = word.Length;
        Span<char> buffer = n < 128 ? stackalloc char[n + 1] : new char[n + 1];
        for (var i = 0; i < n; i++)
        {
            // Deletion of letter i.
            word[..i].CopyTo(buffer);
            word[(i + 1)..].CopyTo(buffer[i..]);
            if (visit(buffer[..(n - 1)]))
            {
                return true;
            }

            if (i + 1 < n)
            {
                // Letters i and i + 1 swapped.
                word.CopyTo(buffer);
                (buffer[i], buffer[i + 1]) = (buffer[i + 1], buffer[i]);
                if (visit(buffer[..n]))
                {
                    return true;
                }
            }
        }

        for (var i = 0; i <= n; i++)
        {
            for (var c = 'a'; c <= 'z'; c++)
            {
                // c inserted before letter i.
                word[..i].CopyTo(buffer);
                buffer[i] = c;
                word[i..].CopyTo(buffer[(i + 1)..]);
                if (visit(buffer[..(n + 1)]))
                {
                    return true;
                }

                if (i < n && word[i] != c)
                {
                    // Letter i replaced by c.
                    word.CopyTo(buffer);
                    buffer[i] = c;
                    if (visit(buffer[..n]))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
